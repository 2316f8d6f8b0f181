package io.kinrealm.application.audit.port.out;

import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * One privileged act, as the audit log keeps it.
 *
 * @param at            when it happened
 * @param actorId       the account that acted
 * @param actorUsername that account's username at the time
 * @param action        what was done, a stable dotted name such as {@code role.granted}
 * @param target        whom or what it was done to (a username for role grants and revocations)
 * @param detail        what exactly (the role id for role grants and revocations)
 */
public record AuditEntry(Instant at, AccountId actorId, String actorUsername, String action, String target,
                         String detail) {
    /** An operator granted a role to an account. */
    public static final String ROLE_GRANTED = "role.granted";
    /** An operator revoked a granted role from an account. */
    public static final String ROLE_REVOKED = "role.revoked";
    /** An operator called on a faction's god; target the faction, detail the region's path or {@code world}. */
    public static final String DIVINE_INTERVENTION = "divine.intervention";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actor id");
        Objects.requireNonNull(actorUsername, "actor username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(detail, "detail");
    }
}
