package io.kinrealm.application.account.port.out;

import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.util.Optional;

/** Every account of the world. Usernames are unique ignoring case. */
public interface Accounts {

    /** Stores a new account; {@link Insertion#DUPLICATE} when the username (ignoring case) is taken. */
    Insertion insert(Account account);

    Optional<Account> findById(AccountId id);

    /** Finds the account whose username equals this one ignoring case. */
    Optional<Account> findByUsername(Username username);

    /**
     * Adds a role to the roles stored on an account; granting a role it already holds changes nothing.
     *
     * @return false when no account has this id
     */
    boolean grantRole(AccountId id, Role role);

    /**
     * Takes a role from the roles stored on an account. Roles a server's configuration gives by username are not
     * stored, so they are never taken here. The player role is every account's for good: asking to revoke it is a
     * bug, answered with {@link IllegalArgumentException}.
     *
     * @return {@link Revocation#REVOKED}, {@link Revocation#NOT_HELD} when the stored roles lack it (nothing
     *         changes), or {@link Revocation#NO_SUCH_ACCOUNT}
     */
    Revocation revokeRole(AccountId id, Role role);
}
