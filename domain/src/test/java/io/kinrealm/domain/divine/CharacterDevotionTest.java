package io.kinrealm.domain.divine;

import static io.kinrealm.domain.divine.Faction.CHAOS;
import static io.kinrealm.domain.divine.Faction.ORDER;
import static io.kinrealm.domain.divine.Faction.VOID;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.CharacterDevotion.DeedRecorded;
import io.kinrealm.domain.divine.DivineEvent.AlignmentShifted;
import io.kinrealm.domain.divine.DivineEvent.DevotionGained;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CharacterDevotionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final DivineRules rules = DivineRules.defaults();
    private final CharacterId aria = new CharacterId(UUID.fromString("00000000-0000-0000-0000-00000000a41a"));

    @Test
    void a_deed_adds_its_points_and_announces_the_gain() {
        DeedRecorded recorded = recorded(new Devotion(30, 0, 0), "keep_oath");

        assertThat(recorded.devotion()).isEqualTo(new Devotion(40, 0, 0));
        assertThat(recorded.events()).containsExactly(new DevotionGained(aria, "keep_oath",
                Map.of(ORDER, 10, CHAOS, 0, VOID, 0), new Devotion(40, 0, 0), NOW));
    }

    @Test
    void a_deed_that_keeps_the_dominant_faction_raises_no_shift() {
        DeedRecorded recorded = recorded(new Devotion(50, 20, 0), "show_mercy");

        assertThat(recorded.events()).hasSize(1).allMatch(DevotionGained.class::isInstance);
    }

    @Test
    void a_first_deed_moves_an_unaligned_character_to_the_deed_faction() {
        DeedRecorded recorded = recorded(Devotion.none(), "break_oath");

        assertThat(recorded.events()).contains(new AlignmentShifted(aria, Alignment.unaligned(),
                Alignment.dominatedBy(CHAOS, true), NOW));
    }

    @Test
    void a_deed_that_overturns_the_dominant_faction_shifts_the_alignment() {
        DeedRecorded recorded = recorded(new Devotion(0, 15, 10), "commune_void");

        assertThat(recorded.devotion()).isEqualTo(new Devotion(0, 15, 20));
        assertThat(recorded.events()).contains(new AlignmentShifted(aria, Alignment.dominatedBy(CHAOS, true),
                Alignment.dominatedBy(VOID, false), NOW));
    }

    @Test
    void a_deed_that_drops_the_largest_share_below_40_percent_shifts_to_unaligned() {
        DeedRecorded recorded = recorded(new Devotion(40, 35, 25), "commune_void");

        assertThat(rules.alignmentOf(recorded.devotion()).isUnaligned()).isTrue();
        assertThat(recorded.events()).contains(new AlignmentShifted(aria, Alignment.dominatedBy(ORDER, false),
                Alignment.unaligned(), NOW));
    }

    @Test
    void a_deed_that_breaks_a_tie_ends_the_unaligned_state() {
        DeedRecorded recorded = recorded(new Devotion(50, 50, 0), "show_mercy");

        assertThat(recorded.events()).contains(new AlignmentShifted(aria, Alignment.unaligned(),
                Alignment.dominatedBy(ORDER, false), NOW));
    }

    @Test
    void a_deed_that_leaves_the_character_unaligned_raises_no_shift() {
        DeedRecorded recorded = recorded(new Devotion(30, 30, 30), "sow_discord");

        assertThat(rules.alignmentOf(recorded.devotion()).isUnaligned()).isTrue();
        assertThat(recorded.events()).hasSize(1);
    }

    @Test
    void becoming_devout_to_the_same_faction_is_not_a_shift() {
        DeedRecorded recorded = recorded(new Devotion(50, 40, 0), "keep_oath");

        assertThat(rules.alignmentOf(recorded.devotion())).isEqualTo(Alignment.dominatedBy(ORDER, true));
        assertThat(recorded.events()).noneMatch(AlignmentShifted.class::isInstance);
    }

    @Test
    void desecrating_earns_devotion_towards_two_factions_at_once() {
        DeedRecorded recorded = recorded(new Devotion(10, 0, 0), "desecrate");

        assertThat(recorded.devotion()).isEqualTo(new Devotion(10, 4, 6));
        assertThat(recorded.events().getFirst()).isInstanceOfSatisfying(DevotionGained.class,
                gained -> assertThat(gained.points()).containsEntry(VOID, 6).containsEntry(CHAOS, 4));
    }

    @Test
    void an_unknown_deed_is_refused_and_changes_nothing() {
        CharacterDevotion devotion = CharacterDevotion.of(aria, new Devotion(5, 5, 5));

        Outcome<DeedRecorded> outcome = devotion.recordDeed("juggle", rules, NOW);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(Refusal.UNKNOWN_DEED));
        assertThat(devotion.devotion()).isEqualTo(new Devotion(5, 5, 5));
    }

    private DeedRecorded recorded(Devotion before, String deed) {
        return switch (CharacterDevotion.of(aria, before).recordDeed(deed, rules, NOW)) {
            case Outcome.Done<DeedRecorded> done -> done.value();
            case Outcome.Rejected<DeedRecorded> rejected -> throw new AssertionError(rejected.detail());
        };
    }
}
