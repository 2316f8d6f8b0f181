package io.kinrealm.application.audit;

import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;

/** Operators reading the audit log back, newest first, a bounded page at a time. */
public final class AuditTrail implements ReadAuditLogUseCase {
    private final AuditLog auditLog;

    public AuditTrail(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public Outcome<AuditPage> read(ReadAuditLog query) {
        if (!query.reader().roles().contains(Role.OPERATOR)) {
            return Outcome.rejected(Refusal.OPERATORS_ONLY, "Only an operator may read the audit log.");
        }
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            return Outcome.invalid(List.of(new FieldProblem("limit", "range",
                    "A limit is a whole number from 1 to " + MAX_LIMIT + ".")));
        }
        return Outcome.done(new AuditPage(auditLog.latest(query.limit()).stream().map(AuditTrail::view).toList()));
    }

    private static AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.at(), entry.actorId().toString(), entry.actorUsername(),
                entry.action(), entry.target(), entry.detail());
    }
}
