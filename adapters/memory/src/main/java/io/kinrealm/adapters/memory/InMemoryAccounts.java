package io.kinrealm.adapters.memory;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.Revocation;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/** Accounts kept in this process, by id and by case-insensitive username. */
public final class InMemoryAccounts implements Accounts {
    private final ConcurrentMap<AccountId, Account> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AccountId> byUsername = new ConcurrentHashMap<>();

    @Override
    public Insertion insert(Account account) {
        if (byUsername.putIfAbsent(account.username().key(), account.id()) != null) {
            return Insertion.DUPLICATE;
        }
        byId.put(account.id(), account);
        return Insertion.INSERTED;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return Optional.ofNullable(byUsername.get(username.key())).map(byId::get);
    }

    @Override
    public boolean grantRole(AccountId id, Role role) {
        return byId.computeIfPresent(id, (key, account) -> {
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.add(role);
            return new Account(account.id(), account.username(), account.passwordHash(), roles, account.createdAt());
        }) != null;
    }

    @Override
    public Revocation revokeRole(AccountId id, Role role) {
        if (role == Role.PLAYER) {
            throw new IllegalArgumentException("every account stays a player");
        }
        AtomicReference<Revocation> outcome = new AtomicReference<>(Revocation.NO_SUCH_ACCOUNT);
        byId.computeIfPresent(id, (key, account) -> {
            if (!account.roles().contains(role)) {
                outcome.set(Revocation.NOT_HELD);
                return account;
            }
            Set<Role> roles = EnumSet.copyOf(account.roles());
            roles.remove(role);
            outcome.set(Revocation.REVOKED);
            return new Account(account.id(), account.username(), account.passwordHash(), roles, account.createdAt());
        });
        return outcome.get();
    }
}
