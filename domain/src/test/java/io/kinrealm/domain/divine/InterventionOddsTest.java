package io.kinrealm.domain.divine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InterventionOddsTest {
    private final DivineRules rules = DivineRules.defaults();

    @Test
    void a_character_devout_at_exactly_60_percent_has_a_5_percent_chance() {
        InterventionOdds odds = rules.interventionOdds(new Devotion(60, 40, 0), 24, 100);

        assertThat(odds.chance()).isCloseTo(0.05, within(1e-9));
        assertThat(odds.kind()).contains(DivineIntervention.AEGIS);
    }

    @Test
    void a_character_devout_at_80_percent_has_a_15_percent_chance() {
        InterventionOdds odds = rules.interventionOdds(new Devotion(10, 80, 10), 10, 100);

        assertThat(odds.chance()).isCloseTo(0.15, within(1e-9));
        assertThat(odds.kind()).contains(DivineIntervention.WRATH);
    }

    @Test
    void a_character_wholly_devoted_to_one_faction_has_a_25_percent_chance() {
        InterventionOdds odds = rules.interventionOdds(new Devotion(0, 0, 30), 1, 100);

        assertThat(odds.chance()).isCloseTo(0.25, within(1e-9));
        assertThat(odds.kind()).contains(DivineIntervention.VEIL);
    }

    @Test
    void no_god_intervenes_at_25_percent_health() {
        assertThat(rules.interventionOdds(new Devotion(100, 0, 0), 25, 100)).isEqualTo(InterventionOdds.none());
    }

    @Test
    void low_health_is_judged_exactly_against_max_hp() {
        assertThat(rules.interventionOdds(new Devotion(100, 0, 0), 9, 37).chance()).isPositive();
        assertThat(rules.interventionOdds(new Devotion(100, 0, 0), 10, 40).chance()).isZero();
    }

    @Test
    void no_god_intervenes_for_a_character_that_is_not_devout() {
        InterventionOdds odds = rules.interventionOdds(new Devotion(59, 41, 0), 1, 100);

        assertThat(odds.chance()).isZero();
        assertThat(odds.kind()).isEmpty();
    }

    @Test
    void no_god_intervenes_for_an_unaligned_character() {
        assertThat(rules.interventionOdds(Devotion.none(), 1, 100)).isEqualTo(InterventionOdds.none());
    }

    @Test
    void each_faction_intervenes_in_its_own_way() {
        assertThat(DivineIntervention.of(Faction.ORDER)).isEqualTo(DivineIntervention.AEGIS);
        assertThat(DivineIntervention.of(Faction.CHAOS)).isEqualTo(DivineIntervention.WRATH);
        assertThat(DivineIntervention.of(Faction.VOID)).isEqualTo(DivineIntervention.VEIL);
        assertThat(DivineIntervention.VEIL.faction()).isEqualTo(Faction.VOID);
    }

    @Test
    void health_outside_zero_to_max_is_a_bug() {
        assertThatIllegalArgumentException().isThrownBy(() -> rules.interventionOdds(Devotion.none(), 101, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> rules.interventionOdds(Devotion.none(), 0, 0));
    }
}
