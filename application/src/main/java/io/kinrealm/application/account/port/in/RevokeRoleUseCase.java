package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;
import java.util.Objects;

/**
 * An operator takes a granted role (moderator or operator) back from an account, found by username. Every revocation
 * is written to the audit log. The account's next login no longer carries the role; a token already issued keeps it
 * until it expires.
 *
 * <p>Only roles stored on the account by a grant can be revoked: a role the server's configuration gives by username
 * stays for as long as the configuration says so. An operator cannot revoke their own operator role (another operator
 * has to), so a slip never leaves the world without the operator who made it.
 */
public interface RevokeRoleUseCase {

    /**
     * Revokes the role; refused for a caller who is not an operator, a role that is unknown or not revocable (the
     * player role), no account with that username, a role the account holds by no grant, or an operator's own
     * operator role.
     */
    Outcome<RoleRevoked> revoke(RevokeRole command);

    /**
     * @param operator who revokes
     * @param username whose account loses the role (any case)
     * @param role     the role's id: {@code moderator} or {@code operator}
     */
    record RevokeRole(Principal operator, String username, String role) {
        public RevokeRole {
            Objects.requireNonNull(operator, "operator");
        }
    }

    /** The account that no longer holds the role. */
    record RoleRevoked(String username, String role) {
    }
}
