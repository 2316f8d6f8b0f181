package io.kinrealm.domain.divine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DevotionTest {

    @Test
    void devotion_is_never_negative_towards_any_faction() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Devotion(-1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Devotion(0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Devotion(0, 0, -1));
    }

    @Test
    void points_are_read_per_faction_and_added_up() {
        Devotion devotion = new Devotion(10, 5, 3);

        assertThat(devotion.pointsOf(Faction.ORDER)).isEqualTo(10);
        assertThat(devotion.pointsOf(Faction.CHAOS)).isEqualTo(5);
        assertThat(devotion.pointsOf(Faction.VOID)).isEqualTo(3);
        assertThat(devotion.total()).isEqualTo(18);
        assertThat(devotion.byFaction())
                .containsEntry(Faction.ORDER, 10).containsEntry(Faction.CHAOS, 5).containsEntry(Faction.VOID, 3);
    }

    @Test
    void a_character_devoted_to_nobody_has_no_points() {
        assertThat(Devotion.none().total()).isZero();
    }

    @Test
    void points_per_faction_come_in_faction_order() {
        assertThat(new Devotion(1, 2, 3).byFaction().keySet()).containsExactly(Faction.ORDER, Faction.CHAOS,
                Faction.VOID);
    }
}
