package io.kinrealm.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.Stats;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyRulesTest {
    private final FamilyRules rules = FamilyRules.defaults();

    @ParameterizedTest(name = "a bond of {0} is {1}")
    @CsvSource({
        "0, STRAINED", "19, STRAINED",
        "20, WARM", "49, WARM",
        "50, CLOSE", "79, CLOSE",
        "80, UNBREAKABLE", "100, UNBREAKABLE"
    })
    void a_bond_value_falls_in_the_tier_of_the_rules_sheet(int value, BondTier tier) {
        assertThat(rules.tierOf(value)).isEqualTo(tier);
    }

    @Test
    void a_new_family_starts_with_bonds_of_50_50_and_40_and_may_grant_4_kin() {
        assertThat(rules.startingBonds()).isEqualTo(new Bonds(50, 50, 40));
        assertThat(rules.maxKin()).isEqualTo(4);
    }

    @Test
    void the_sheet_moves_bonds_by_3_5_4_minus_8_and_minus_5_and_neglect_costs_1_a_day_after_3_down_to_20() {
        assertThat(rules.deltas()).isEqualTo(new BondDeltas(3, 5, 4, -8, -5));
        assertThat(rules.neglect()).isEqualTo(new NeglectRule(3, 1, 20));
        assertThat(rules.cooperativeBonusPercent()).isEqualTo(10);
    }

    @Test
    void neglect_rules_outside_the_bond_range_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NeglectRule(-1, 1, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new NeglectRule(3, 1, 101));
    }

    @Test
    void designers_may_move_the_thresholds() {
        FamilyRules gentler = new FamilyRules(new Bonds(50, 50, 40), 10, 40, 70, 4);

        assertThat(gentler.tierOf(40)).isEqualTo(BondTier.CLOSE);
        assertThat(gentler.tierOf(70)).isEqualTo(BondTier.UNBREAKABLE);
    }

    @Test
    void thresholds_that_do_not_rise_strictly_are_refused() {
        Bonds bonds = new Bonds(50, 50, 40);

        assertThatIllegalArgumentException().isThrownBy(() -> new FamilyRules(bonds, 20, 20, 80, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new FamilyRules(bonds, 0, 50, 80, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new FamilyRules(bonds, 20, 50, 101, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new FamilyRules(bonds, 20, 50, 80, -1));
    }

    @Test
    void ashnar_and_iril_are_born_with_stats_of_their_own() {
        FamilyRules rules = FamilyRules.defaults();

        assertThat(rules.statsOf(Companion.ASHNAR)).isEqualTo(new Stats(120, 14, 10, 8));
        assertThat(rules.statsOf(Companion.IRIL)).isEqualTo(new Stats(90, 8, 8, 12));
    }

    @Test
    void designers_may_tune_companion_stats_but_not_leave_one_without() {
        FamilyRules sheet = FamilyRules.defaults();
        Stats tougherIril = new Stats(110, 8, 12, 12);
        FamilyRules tuned = new FamilyRules(sheet.startingBonds(), 20, 50, 80, 4, sheet.deltas(), sheet.neglect(), 10,
                Map.of(Companion.ASHNAR, FamilyRules.ASHNAR_STATS, Companion.IRIL, tougherIril));

        assertThat(tuned.statsOf(Companion.IRIL)).isEqualTo(tougherIril);
        assertThatIllegalArgumentException().isThrownBy(() -> new FamilyRules(sheet.startingBonds(), 20, 50, 80, 4,
                sheet.deltas(), sheet.neglect(), 10, Map.of(Companion.ASHNAR, FamilyRules.ASHNAR_STATS)));
    }

    @Test
    void stats_are_sound_numbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Stats(0, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stats(10, -1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stats(10, 1, -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stats(10, 1, 1, -1));
    }
}
