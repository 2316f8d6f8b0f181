package io.kinrealm.domain.divine;

import static io.kinrealm.domain.divine.Faction.CHAOS;
import static io.kinrealm.domain.divine.Faction.ORDER;
import static io.kinrealm.domain.divine.Faction.VOID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private final DivineRules rules = DivineRules.defaults();

    @Test
    void a_character_without_points_is_unaligned() {
        Alignment alignment = rules.alignmentOf(Devotion.none());

        assertThat(alignment.isUnaligned()).isTrue();
        assertThat(alignment.devout()).isFalse();
        assertThat(alignment.id()).isEqualTo("unaligned");
    }

    @Test
    void a_largest_share_of_40_percent_is_dominant() {
        assertThat(rules.alignmentOf(new Devotion(40, 30, 30))).isEqualTo(Alignment.dominatedBy(ORDER, false));
    }

    @Test
    void a_largest_share_of_39_percent_leaves_the_character_unaligned() {
        assertThat(rules.alignmentOf(new Devotion(39, 31, 30))).isEqualTo(Alignment.unaligned());
    }

    @Test
    void a_largest_share_just_under_40_percent_is_not_rounded_up_to_dominance() {
        assertThat(rules.alignmentOf(new Devotion(399, 301, 300)).isUnaligned()).isTrue();
    }

    @Test
    void a_dominant_share_of_60_percent_makes_the_character_devout() {
        assertThat(rules.alignmentOf(new Devotion(20, 60, 20))).isEqualTo(Alignment.dominatedBy(CHAOS, true));
    }

    @Test
    void a_dominant_share_of_59_percent_is_dominant_but_not_devout() {
        Alignment alignment = rules.alignmentOf(new Devotion(21, 20, 59));

        assertThat(alignment.dominant()).contains(VOID);
        assertThat(alignment.devout()).isFalse();
        assertThat(alignment.id()).isEqualTo("void");
    }

    @Test
    void two_factions_tied_for_the_largest_share_leave_the_character_unaligned() {
        assertThat(rules.alignmentOf(new Devotion(50, 50, 0)).isUnaligned()).isTrue();
        assertThat(rules.alignmentOf(new Devotion(40, 20, 40)).isUnaligned()).isTrue();
    }

    @Test
    void three_equal_factions_leave_the_character_unaligned() {
        assertThat(rules.alignmentOf(new Devotion(10, 10, 10)).isUnaligned()).isTrue();
    }

    @Test
    void a_tie_below_the_top_does_not_matter() {
        assertThat(rules.alignmentOf(new Devotion(50, 25, 25))).isEqualTo(Alignment.dominatedBy(ORDER, false));
    }

    @Test
    void devotion_to_a_single_faction_is_wholly_devout() {
        assertThat(rules.alignmentOf(new Devotion(0, 0, 1))).isEqualTo(Alignment.dominatedBy(VOID, true));
    }

    @Test
    void an_unaligned_character_is_never_devout() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Alignment(Optional.empty(), true));
    }

    @Test
    void designers_may_move_the_thresholds() {
        DivineRules stricter = new DivineRules(50, 75, DeedCatalog.defaults(), 10, 25, 5, 25);

        assertThat(stricter.alignmentOf(new Devotion(45, 30, 25)).isUnaligned()).isTrue();
        assertThat(stricter.alignmentOf(new Devotion(70, 30, 0))).isEqualTo(Alignment.dominatedBy(ORDER, false));
    }
}
