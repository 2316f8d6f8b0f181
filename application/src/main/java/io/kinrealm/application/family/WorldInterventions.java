package io.kinrealm.application.family;

import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.divine.WorldIntervention;
import io.kinrealm.domain.map.MapRules;
import io.kinrealm.domain.map.SectionPath;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operators calling on the gods: each world intervention is announced on the faction's channel and audited. What it
 * does to battles under it comes with combat; until then it is the world event players see.
 */
final class WorldInterventions implements TriggerInterventionUseCase {
    private final EventBus bus;
    private final AuditLog auditLog;
    private final GameClock clock;
    private final MapRules map;

    WorldInterventions(EventBus bus, AuditLog auditLog, GameClock clock, MapRules map) {
        this.bus = bus;
        this.auditLog = auditLog;
        this.clock = clock;
        this.map = map;
    }

    @Override
    public Outcome<InterventionView> trigger(TriggerIntervention command) {
        if (!command.operator().roles().contains(Role.OPERATOR)) {
            return Outcome.rejected(Refusal.OPERATORS_ONLY, "Only an operator may call on the gods.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Faction> faction = Faction.fromId(command.faction());
        if (faction.isEmpty()) {
            problems.add(new FieldProblem("faction", "unknown", "Choose one of: order, chaos, void."));
        }
        Optional<SectionPath> region = Optional.empty();
        if (command.region() != null) {
            switch (SectionPath.parse("region", command.region(), map)) {
                case Outcome.Done<SectionPath> done -> region = Optional.of(done.value());
                case Outcome.Rejected<SectionPath> rejected -> problems.addAll(rejected.fields());
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        WorldIntervention intervention = new WorldIntervention(faction.get(), region, clock.now());
        InterventionView view = new InterventionView(intervention.faction().id(), intervention.kind().id(),
                region.map(SectionPath::toString).orElse(null), intervention.at().toString());
        auditLog.append(new AuditEntry(intervention.at(), command.operator().accountId(),
                command.operator().username(), AuditEntry.DIVINE_INTERVENTION, view.faction(),
                view.region() == null ? "world" : view.region()));
        bus.publish(new ChannelEvent(FamilyEventNames.factionChannel(intervention.faction()),
                FamilyEventNames.INTERVENTION, 0, data(view)));
        return Outcome.done(view);
    }

    private static Map<String, Object> data(InterventionView view) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("faction", view.faction());
        data.put("intervention", view.intervention());
        data.put("scope", view.region() == null ? "world" : "region");
        if (view.region() != null) {
            data.put("region", view.region());
        }
        data.put("at", view.at());
        return data;
    }
}
