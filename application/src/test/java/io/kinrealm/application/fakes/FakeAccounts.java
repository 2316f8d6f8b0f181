package io.kinrealm.application.fakes;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.Revocation;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts in a map keyed by the case-insensitive username. */
public final class FakeAccounts implements Accounts {
    private final Map<String, Account> byUsername = new HashMap<>();

    @Override
    public Insertion insert(Account account) {
        return byUsername.putIfAbsent(account.username().key(), account) == null
                ? Insertion.INSERTED : Insertion.DUPLICATE;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return byUsername.values().stream().filter(account -> account.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return Optional.ofNullable(byUsername.get(username.key()));
    }

    @Override
    public boolean grantRole(AccountId id, Role role) {
        return findById(id).map(account -> {
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.add(role);
            byUsername.put(account.username().key(), new Account(account.id(), account.username(),
                    account.passwordHash(), roles, account.createdAt()));
            return true;
        }).orElse(false);
    }

    @Override
    public Revocation revokeRole(AccountId id, Role role) {
        if (role == Role.PLAYER) {
            throw new IllegalArgumentException("every account stays a player");
        }
        return findById(id).map(account -> {
            if (!account.roles().contains(role)) {
                return Revocation.NOT_HELD;
            }
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.remove(role);
            byUsername.put(account.username().key(), new Account(account.id(), account.username(),
                    account.passwordHash(), roles, account.createdAt()));
            return Revocation.REVOKED;
        }).orElse(Revocation.NO_SUCH_ACCOUNT);
    }
}
