package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;
import java.util.Objects;

/**
 * An operator grants a role (moderator or operator) to an account, found by username. Every grant is written to
 * the audit log.
 *
 * <p>Only operators may grant: anyone else is refused with {@code operators_only} and nothing is granted.
 */
public interface GrantRoleUseCase {

    /**
     * Grants the role; refused for a caller who is not an operator, a role that is unknown or not grantable, or no
     * account with that username.
     */
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
