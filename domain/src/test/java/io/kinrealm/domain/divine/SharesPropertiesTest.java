package io.kinrealm.domain.divine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SharesPropertiesTest {

    @Property
    void whole_percent_shares_add_up_to_100_and_stay_within_a_point_of_the_exact_share(
            @ForAll @IntRange(min = 0, max = 1_000_000) int order,
            @ForAll @IntRange(min = 0, max = 1_000_000) int chaos,
            @ForAll @IntRange(min = 0, max = 1_000_000) int voidPoints) {
        Devotion devotion = new Devotion(order, chaos, voidPoints);
        Shares shares = Shares.of(devotion);

        int sum = shares.percents().values().stream().mapToInt(Integer::intValue).sum();
        if (devotion.total() == 0) {
            assertThat(shares.percents().values()).containsOnly(0);
            return;
        }
        assertThat(sum).isEqualTo(100);
        for (Faction faction : Faction.values()) {
            assertThat(Math.abs(shares.percentOf(faction) - shares.of(faction).asPercent())).isLessThan(1.0);
        }
    }
}
