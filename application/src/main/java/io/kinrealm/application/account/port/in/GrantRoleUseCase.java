package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;
import java.util.Objects;

/**
 * An operator grants a role (moderator or operator) to an account, found by username. Every grant is written to
 * the audit log.
 *
 * <p>Only operators may grant. The driver answers a caller without the operator role before calling this (there is
 * no refusal code for it yet); called for a non-operator anyway, this throws {@link IllegalStateException} and
 * grants nothing.
 */
public interface GrantRoleUseCase {

    /** Grants the role; refused when the role is unknown or not grantable, or no account has that username. */
    Outcome<RoleGranted> grant(GrantRole command);

    /**
     * @param operator who grants
     * @param username whose account receives the role
     * @param role     the role's id: {@code moderator} or {@code operator}
     */
    record GrantRole(Principal operator, String username, String role) {
        public GrantRole {
            Objects.requireNonNull(operator, "operator");
        }
    }

    /** The account that now holds the role. */
    record RoleGranted(String username, String role) {
    }
}
