package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.fakes.FakeAuditLog;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase.InterventionView;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase.TriggerIntervention;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.map.MapRules;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorldInterventionsTest {
    private final FamilyWorld world = new FamilyWorld();
    private final FakeAuditLog audit = new FakeAuditLog();
    private final WorldInterventions gods = new WorldInterventions(world.bus, audit, world.clock, MapRules.defaults());
    private final Principal operator = principal("Morrow", Role.PLAYER, Role.OPERATOR);

    private static Principal principal(String username, Role... roles) {
        return new Principal(new AccountId(UUID.randomUUID()), username, Set.of(roles),
                new LoginId(UUID.randomUUID()));
    }

    @Test
    void an_operator_calls_on_order_over_the_whole_world_and_its_followers_hear_aegis() {
        InterventionView view = done(gods.trigger(new TriggerIntervention(operator, "order", null)));

        assertThat(view.intervention()).isEqualTo("aegis");
        assertThat(view.region()).isNull();
        assertThat(world.bus.publishedOn("faction:order")).extracting(ChannelEvent::name, ChannelEvent::data)
                .containsExactly(tuple("divine.intervention", Map.of("faction", "order", "intervention", "aegis",
                        "scope", "world", "at", world.clock.now().toString())));
        assertThat(world.bus.publishedOn("faction:chaos")).isEmpty();
    }

    @Test
    void each_god_acts_as_in_battle_and_may_act_over_one_region() {
        assertThat(done(gods.trigger(new TriggerIntervention(operator, "chaos", "5.12"))).intervention())
                .isEqualTo("wrath");
        InterventionView veil = done(gods.trigger(new TriggerIntervention(operator, "void", "5.12.130.77")));

        assertThat(veil.intervention()).isEqualTo("veil");
        assertThat(world.bus.publishedOn("faction:void").getFirst().data())
                .containsEntry("scope", "region").containsEntry("region", "5.12.130.77");
    }

    @Test
    void every_intervention_is_written_to_the_audit_log() {
        done(gods.trigger(new TriggerIntervention(operator, "chaos", "5.12")));
        done(gods.trigger(new TriggerIntervention(operator, "order", null)));

        assertThat(audit.latest(10)).extracting(AuditEntry::actorUsername, AuditEntry::action, AuditEntry::target,
                AuditEntry::detail).containsExactly(
                tuple("Morrow", AuditEntry.DIVINE_INTERVENTION, "order", "world"),
                tuple("Morrow", AuditEntry.DIVINE_INTERVENTION, "chaos", "5.12"));
    }

    @Test
    void only_operators_call_on_the_gods() {
        Principal moderator = principal("Wren", Role.PLAYER, Role.MODERATOR);

        assertThat(rejected(gods.trigger(new TriggerIntervention(moderator, "order", null))).reason())
                .isEqualTo(Refusal.OPERATORS_ONLY);
        assertThat(world.bus.published()).isEmpty();
        assertThat(audit.latest(10)).isEmpty();
    }

    @Test
    void an_unknown_faction_and_a_region_off_the_map_are_named_together() {
        assertThat(rejected(gods.trigger(new TriggerIntervention(operator, "light", "16.0"))).fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("faction", "unknown"), tuple("region", "out_of_range"));
        assertThat(world.bus.published()).isEmpty();
    }
}
