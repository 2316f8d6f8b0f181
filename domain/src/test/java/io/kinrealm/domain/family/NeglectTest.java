package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamilyWith;
import static io.kinrealm.domain.family.Families.daysAfterDawn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.family.FamilyEvent.BondChanged;
import io.kinrealm.domain.family.FamilyEvent.BondTierChanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeglectTest {

    @ParameterizedTest(name = "after {0} days alone a bond of 60 is {1}")
    @CsvSource({"0, 60", "3, 60", "3.9, 60", "4, 59", "4.9, 59", "5, 58", "10, 53", "30, 33", "60, 20", "400, 20"})
    void after_3_days_alone_every_bond_loses_1_per_further_full_day_but_never_below_20(double days, int value) {
        Family family = ariasFamilyWith(60, 60, 60);

        assertThat(family.bondsAt(RULES, daysAfterDawn(days))).isEqualTo(new Bonds(value, value, value));
    }

    @Test
    void ten_days_alone_cost_7_and_neglect_stops_at_20() {
        Family family = ariasFamilyWith(50, 24, 40);

        assertThat(family.bondsAt(RULES, daysAfterDawn(10))).isEqualTo(new Bonds(43, 20, 33));
    }

    @Test
    void a_bond_already_below_20_is_not_raised_by_neglect() {
        Family family = ariasFamilyWith(15, 20, 40);

        assertThat(family.bondsAt(RULES, daysAfterDawn(10))).isEqualTo(new Bonds(15, 20, 33));
    }

    @Test
    void reading_the_bonds_does_not_change_the_family() {
        Family family = ariasFamilyWith(50, 50, 40);

        family.bondsAt(RULES, daysAfterDawn(10));

        assertThat(family.bonds()).isEqualTo(new Bonds(50, 50, 40));
    }

    @Test
    void the_next_bond_event_settles_neglect_first_then_applies_its_delta() {
        Instant tenDaysLater = daysAfterDawn(10);

        Family.Change change = ariasFamilyWith(50, 50, 40)
                .apply(new BondEvent.GiftGiven(Companion.IRIL), RULES, tenDaysLater);

        assertThat(change.family().bonds()).isEqualTo(new Bonds(43, 48, 33));
        assertThat(change.events()).containsExactly(
                new BondChanged(ARIAS_FAMILY, BondPair.PLAYER_ASHNAR, 50, 43, -7, BondCause.NEGLECT, tenDaysLater),
                new BondTierChanged(ARIAS_FAMILY, BondPair.PLAYER_ASHNAR, BondTier.CLOSE, BondTier.WARM,
                        tenDaysLater),
                new BondChanged(ARIAS_FAMILY, BondPair.PLAYER_IRIL, 50, 43, -7, BondCause.NEGLECT, tenDaysLater),
                new BondTierChanged(ARIAS_FAMILY, BondPair.PLAYER_IRIL, BondTier.CLOSE, BondTier.WARM, tenDaysLater),
                new BondChanged(ARIAS_FAMILY, BondPair.ASHNAR_IRIL, 40, 33, -7, BondCause.NEGLECT, tenDaysLater),
                new BondChanged(ARIAS_FAMILY, BondPair.PLAYER_IRIL, 43, 48, 5, BondCause.GIFT, tenDaysLater));
    }

    @Test
    void once_settled_neglect_counts_again_from_the_last_interaction() {
        Family settled = ariasFamilyWith(50, 50, 40)
                .apply(new BondEvent.GiftGiven(Companion.IRIL), RULES, daysAfterDawn(10)).family();

        assertThat(settled.bondsAt(RULES, daysAfterDawn(13))).isEqualTo(new Bonds(43, 48, 33));
        assertThat(settled.bondsAt(RULES, daysAfterDawn(14))).isEqualTo(new Bonds(42, 47, 32));
    }

    @Test
    void neglect_that_crosses_a_tier_changes_what_the_tier_reads() {
        Family family = ariasFamilyWith(80, 50, 40);

        assertThat(family.tierAt(BondPair.PLAYER_ASHNAR, RULES, daysAfterDawn(3))).isEqualTo(BondTier.UNBREAKABLE);
        assertThat(family.tierAt(BondPair.PLAYER_ASHNAR, RULES, daysAfterDawn(4))).isEqualTo(BondTier.CLOSE);
    }
}
