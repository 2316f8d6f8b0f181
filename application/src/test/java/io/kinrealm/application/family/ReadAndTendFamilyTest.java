package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.FamilyDetailsView.BondView;
import io.kinrealm.application.family.port.in.GiveGiftUseCase.GiveGift;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase.OrderCompanion;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase.ReadFamily;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadAndTendFamilyTest {
    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");
    private final Character brenn = world.born("Brenn", "solari");

    private Outcome<FamilyDetailsView> read(Character reader, FamilyId family) {
        return world.family.read(new ReadFamily(reader.id(), family));
    }

    private Outcome<FamilyDetailsView> gift(Character giver, String companion) {
        return world.family.give(new GiveGift(giver.id(), aria.familyId(), companion));
    }

    @Test
    void the_owner_reads_bonds_tiers_unlocked_effects_and_companions_with_their_stats_of_a_new_family() {
        FamilyDetailsView family = done(read(aria, aria.familyId()));

        assertThat(family.owner()).isEqualTo(aria.id().toString());
        assertThat(family.bonds()).containsExactly(new BondView("player_ashnar", 50, "close"),
                new BondView("player_iril", 50, "close"), new BondView("ashnar_iril", 40, "warm"));
        assertThat(family.effects()).containsExactly("twin_strike", "iril_translation");
        assertThat(family.companions()).containsExactly(
                new FamilyDetailsView.CompanionView("ashnar", "follow", new FamilyDetailsView.StatsView(120, 14, 10, 8)),
                new FamilyDetailsView.CompanionView("iril", "follow", new FamilyDetailsView.StatsView(90, 8, 8, 12)));
        assertThat(family.kin()).isEmpty();
        assertThat(family.invited()).isEmpty();
    }

    @Test
    void a_stranger_and_a_family_that_does_not_exist_are_refused_alike() {
        Outcome.Rejected<FamilyDetailsView> foreign = rejected(read(brenn, aria.familyId()));
        Outcome.Rejected<FamilyDetailsView> unknown = rejected(read(brenn, new FamilyId(UUID.randomUUID())));

        assertThat(foreign.reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(unknown).isEqualTo(foreign);
    }

    @Test
    void ten_days_of_neglect_cost_every_bond_seven_and_lock_the_effects() {
        world.clock.advance(Duration.ofDays(10));

        FamilyDetailsView family = done(read(aria, aria.familyId()));

        assertThat(family.bonds()).containsExactly(new BondView("player_ashnar", 43, "warm"),
                new BondView("player_iril", 43, "warm"), new BondView("ashnar_iril", 33, "warm"));
        assertThat(family.effects()).isEmpty();
    }

    @Test
    void a_gift_to_iril_brings_her_five_closer_and_the_family_channel_hears_of_it() {
        FamilyDetailsView family = done(gift(aria, "iril"));

        assertThat(family.bonds()).contains(new BondView("player_iril", 55, "close"));
        assertThat(world.onChannelOf(aria)).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(FamilyEventNames.BOND_CHANGED);
            assertThat(event.data()).isEqualTo(Map.of("family", aria.familyId().toString(), "pair", "player_iril",
                    "from", 50, "to", 55, "delta", 5, "cause", "gift"));
        });
        assertThat(done(read(aria, aria.familyId())).bonds()).contains(new BondView("player_iril", 55, "close"));
    }

    @Test
    void a_gift_after_neglect_settles_the_neglect_and_announces_a_bond_crossing_into_close() {
        world.clock.advance(Duration.ofDays(10));
        done(gift(aria, "iril"));

        FamilyDetailsView family = done(gift(aria, "iril"));

        assertThat(family.bonds()).contains(new BondView("player_iril", 53, "close"));
        assertThat(family.effects()).containsExactly("iril_translation");
        assertThat(world.onChannelOf(aria)).extracting(ChannelEvent::name, e -> e.data().get("cause"))
                .containsExactly(tuple(FamilyEventNames.BOND_CHANGED, "neglect"),
                        tuple(FamilyEventNames.TIER_CHANGED, null),
                        tuple(FamilyEventNames.BOND_CHANGED, "neglect"),
                        tuple(FamilyEventNames.TIER_CHANGED, null),
                        tuple(FamilyEventNames.BOND_CHANGED, "neglect"),
                        tuple(FamilyEventNames.BOND_CHANGED, "gift"),
                        tuple(FamilyEventNames.BOND_CHANGED, "gift"),
                        tuple(FamilyEventNames.TIER_CHANGED, null));
        assertThat(world.onChannelOf(aria).getLast().data()).isEqualTo(Map.of("family",
                aria.familyId().toString(), "pair", "player_iril", "from", "warm", "to", "close"));
    }

    @Test
    void only_the_head_of_the_family_gives_gifts_and_only_to_ashnar_or_iril() {
        assertThat(rejected(gift(brenn, "iril")).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(rejected(gift(aria, "grimm")).fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("companion", "unknown"));
        assertThat(world.bus.published()).isEmpty();
    }

    @Test
    void iril_told_to_stay_stays_and_the_family_channel_hears_of_it() {
        FamilyDetailsView family = done(world.family.order(
                new OrderCompanion(aria.id(), aria.familyId(), "iril", "stay")));

        assertThat(family.companions()).extracting(FamilyDetailsView.CompanionView::order)
                .containsExactly("follow", "stay");
        assertThat(world.onChannelOf(aria)).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(FamilyEventNames.COMPANION_ORDERED);
            assertThat(event.data()).containsEntry("companion", "iril").containsEntry("order", "stay");
        });
    }

    @Test
    void a_stranger_cannot_give_orders_and_an_unknown_order_is_invalid() {
        assertThat(rejected(world.family.order(new OrderCompanion(brenn.id(), aria.familyId(), "iril", "stay")))
                .reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(rejected(world.family.order(new OrderCompanion(aria.id(), aria.familyId(), "iril", "dance")))
                .fields()).extracting(FieldProblem::field).containsExactly("order");
        assertThat(done(read(aria, aria.familyId())).companions()).extracting(FamilyDetailsView.CompanionView::order)
                .containsExactly("follow", "follow");
    }
}
