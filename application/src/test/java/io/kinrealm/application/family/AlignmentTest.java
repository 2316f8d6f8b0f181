package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.AlignmentView;
import io.kinrealm.application.family.port.in.FamilyDetailsView.BondView;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase.ReadAlignment;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase.ReadFamily;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");

    private Outcome<AlignmentView> deed(Character character, String deed) {
        return world.divine.record(new RecordDeed(character.id(), deed));
    }

    private AlignmentView alignmentOf(Character character) {
        return done(world.divine.read(new ReadAlignment(character.id())));
    }

    @Test
    void a_new_drakari_is_wholly_devoted_to_chaos() {
        AlignmentView view = alignmentOf(aria);

        assertThat(view.points()).containsExactly(Map.entry("order", 0), Map.entry("chaos", 20),
                Map.entry("void", 0));
        assertThat(view.percents()).containsExactly(Map.entry("order", 0), Map.entry("chaos", 100),
                Map.entry("void", 0));
        assertThat(view.dominant()).isEqualTo("chaos");
        assertThat(view.devout()).isTrue();
    }

    @Test
    void a_terran_with_half_its_devotion_to_order_is_dominated_by_order_but_not_devout() {
        AlignmentView view = alignmentOf(world.born("Tomas", "terran"));

        assertThat(view.percents()).containsExactly(Map.entry("order", 50), Map.entry("chaos", 25),
                Map.entry("void", 25));
        assertThat(view.dominant()).isEqualTo("order");
        assertThat(view.devout()).isFalse();
    }

    @Test
    void keeping_an_oath_earns_ten_order_and_strains_ashnar_who_leans_chaos() {
        AlignmentView view = done(deed(aria, "keep_oath"));

        assertThat(view.points()).containsEntry("order", 10).containsEntry("chaos", 20);
        assertThat(view.percents()).containsEntry("order", 33).containsEntry("chaos", 67);
        assertThat(view.dominant()).isEqualTo("chaos");
        assertThat(done(world.family.read(new ReadFamily(aria.id(), aria.familyId()))).bonds()).containsExactly(
                new BondView("player_ashnar", 45, "warm"), new BondView("player_iril", 50, "close"),
                new BondView("ashnar_iril", 35, "warm"));
        assertThat(world.onChannelOf(aria)).extracting(ChannelEvent::name, e -> e.data().get("pair"),
                e -> e.data().get("cause")).contains(
                tuple(FamilyEventNames.BOND_CHANGED, "player_ashnar", "conflicting_deed"),
                tuple(FamilyEventNames.BOND_CHANGED, "ashnar_iril", "conflicting_deed"));
        assertThat(world.onChannelOf(aria)).extracting(ChannelEvent::name)
                .doesNotContain(FamilyEventNames.ALIGNMENT_SHIFTED);
    }

    @Test
    void devotion_adds_up_deed_after_deed_and_a_tie_leaves_the_character_unaligned() {
        done(deed(aria, "keep_oath"));
        AlignmentView view = done(deed(aria, "keep_oath"));

        assertThat(view.points()).containsEntry("order", 20).containsEntry("chaos", 20);
        assertThat(view.dominant()).isEqualTo("unaligned");
        assertThat(alignmentOf(aria)).isEqualTo(view);
        assertThat(world.onChannelOf(aria)).filteredOn(e -> e.name().equals(FamilyEventNames.ALIGNMENT_SHIFTED))
                .singleElement().satisfies(event -> assertThat(event.data()).isEqualTo(Map.of(
                        "character", aria.id().toString(), "from", "chaos", "to", "unaligned", "devout", false)));
    }

    @Test
    void communing_with_the_void_turns_an_undecided_umbral_to_the_void_and_strains_no_one() {
        Character umbral = world.born("Umbra", "umbral");

        AlignmentView view = done(deed(umbral, "commune_void"));

        assertThat(view.dominant()).isEqualTo("void");
        assertThat(view.devout()).isTrue();
        assertThat(world.onChannelOf(umbral)).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(FamilyEventNames.ALIGNMENT_SHIFTED);
            assertThat(event.data()).containsEntry("from", "unaligned").containsEntry("to", "void")
                    .containsEntry("devout", true);
        });
    }

    @Test
    void an_unknown_deed_is_refused_and_changes_nothing() {
        assertThat(rejected(deed(aria, "juggle")).reason()).isEqualTo(Refusal.UNKNOWN_DEED);
        assertThat(alignmentOf(aria).points()).containsEntry("chaos", 20).containsEntry("order", 0);
        assertThat(world.bus.published()).isEmpty();
    }

    @Test
    void deeds_and_alignment_of_an_unknown_character_are_refused() {
        CharacterId nobody = new CharacterId(UUID.randomUUID());

        assertThat(rejected(world.divine.record(new RecordDeed(nobody, "keep_oath"))).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
        assertThat(rejected(world.divine.read(new ReadAlignment(nobody))).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
    }
}
