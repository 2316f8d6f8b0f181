package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamilyWith;
import static io.kinrealm.domain.family.Families.daysAfterDawn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilyEffectsTest {

    @Test
    void a_player_ashnar_bond_of_50_unlocks_twin_strike_but_49_does_not() {
        assertThat(ariasFamilyWith(50, 49, 40).effectsAt(RULES, DAWN)).containsExactly(FamilyEffect.TWIN_STRIKE);
        assertThat(ariasFamilyWith(49, 49, 40).effectsAt(RULES, DAWN)).isEmpty();
    }

    @Test
    void a_player_iril_bond_of_50_unlocks_irils_translation_but_49_does_not() {
        assertThat(ariasFamilyWith(49, 50, 40).effectsAt(RULES, DAWN))
                .containsExactly(FamilyEffect.IRIL_TRANSLATION);
    }

    @Test
    void unbreakable_bonds_keep_what_close_bonds_unlock() {
        assertThat(ariasFamilyWith(100, 80, 0).effectsAt(RULES, DAWN))
                .containsExactlyInAnyOrder(FamilyEffect.TWIN_STRIKE, FamilyEffect.IRIL_TRANSLATION);
    }

    @Test
    void an_unbreakable_pair_gets_10_percent_on_cooperative_actions_and_a_close_one_nothing() {
        Family family = ariasFamilyWith(80, 79, 100);

        assertThat(family.cooperativeBonus(BondPair.PLAYER_ASHNAR, RULES, DAWN)).isEqualTo(0.10);
        assertThat(family.cooperativeBonus(BondPair.PLAYER_IRIL, RULES, DAWN)).isEqualTo(0.0);
        assertThat(family.cooperativeBonus(BondPair.ASHNAR_IRIL, RULES, DAWN)).isEqualTo(0.10);
    }

    @Test
    void neglect_can_take_an_effect_away() {
        Family family = ariasFamilyWith(50, 60, 40);

        assertThat(family.effectsAt(RULES, daysAfterDawn(3))).contains(FamilyEffect.TWIN_STRIKE);
        assertThat(family.effectsAt(RULES, daysAfterDawn(4))).doesNotContain(FamilyEffect.TWIN_STRIKE);
    }
}
