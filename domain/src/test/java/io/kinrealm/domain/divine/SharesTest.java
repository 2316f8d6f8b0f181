package io.kinrealm.domain.divine;

import static io.kinrealm.domain.divine.Faction.CHAOS;
import static io.kinrealm.domain.divine.Faction.ORDER;
import static io.kinrealm.domain.divine.Faction.VOID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void a_share_is_the_faction_points_out_of_all_points() {
        Shares shares = Shares.of(new Devotion(30, 15, 5));

        assertThat(shares.of(ORDER)).isEqualTo(new Share(30, 50));
        assertThat(shares.of(ORDER).asPercent()).isEqualTo(60.0);
        assertThat(shares.percents()).containsExactly(
                Map.entry(ORDER, 60), Map.entry(CHAOS, 30), Map.entry(VOID, 10));
    }

    @Test
    void three_equal_thirds_show_as_34_33_33_so_the_bars_fill_exactly() {
        Shares shares = Shares.of(new Devotion(1, 1, 1));

        assertThat(shares.percentOf(ORDER)).isEqualTo(34);
        assertThat(shares.percentOf(CHAOS)).isEqualTo(33);
        assertThat(shares.percentOf(VOID)).isEqualTo(33);
    }

    @Test
    void two_thirds_and_one_third_show_as_67_and_33() {
        Shares shares = Shares.of(new Devotion(2, 1, 0));

        assertThat(shares.percentOf(ORDER)).isEqualTo(67);
        assertThat(shares.percentOf(CHAOS)).isEqualTo(33);
        assertThat(shares.percentOf(VOID)).isZero();
    }

    @Test
    void the_largest_remainder_is_rounded_up_whichever_faction_holds_it() {
        Shares shares = Shares.of(new Devotion(1, 2, 4));

        assertThat(shares.percentOf(ORDER)).isEqualTo(14);
        assertThat(shares.percentOf(CHAOS)).isEqualTo(29);
        assertThat(shares.percentOf(VOID)).isEqualTo(57);
    }

    @Test
    void a_character_without_points_shows_zero_everywhere() {
        Shares shares = Shares.of(Devotion.none());

        assertThat(shares.percents().values()).containsOnly(0);
        assertThat(shares.exact().values()).containsOnly(Share.ZERO);
    }

    @Test
    void exact_shares_compare_without_rounding() {
        assertThat(new Share(2, 5).isAtLeastPercent(40)).isTrue();
        assertThat(new Share(399, 1000).isAtLeastPercent(40)).isFalse();
        assertThat(new Share(1, 3)).isLessThan(new Share(34, 100)).isGreaterThan(new Share(33, 100));
    }
}
