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
}
