package io.kinrealm.application.audit.port.in;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An operator reads the audit log back, newest first: who granted or revoked which role, to whom, and when. Only
 * operators may; anyone else is refused with {@code operators_only}.
 */
public interface ReadAuditLogUseCase {
    /** How many entries a reader gets when they do not say. */
    int DEFAULT_LIMIT = 50;
    /** The most entries one read answers. */
    int MAX_LIMIT = 100;

    /** The latest entries; refused for a non-operator or a limit outside 1 to {@value #MAX_LIMIT}. */
    Outcome<AuditPage> read(ReadAuditLog query);

    /**
     * @param reader who reads
     * @param limit  how many of the latest entries, 1 to {@value #MAX_LIMIT} ({@value #DEFAULT_LIMIT} by default)
     */
    record ReadAuditLog(Principal reader, int limit) {
        public ReadAuditLog {
            Objects.requireNonNull(reader, "reader");
        }
    }

    /** The latest entries, newest first. */
    record AuditPage(List<AuditEntryView> entries) {
        public AuditPage {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One privileged act as an operator reads it.
     *
     * @param at            when it happened
     * @param actorId       the account that acted
     * @param actorUsername that account's username at the time
     * @param action        what was done: {@code role.granted} or {@code role.revoked}
     * @param target        whom it was done to (a username)
     * @param detail        what exactly (the role id)
     */
    record AuditEntryView(Instant at, String actorId, String actorUsername, String action, String target,
                          String detail) {
    }
}
