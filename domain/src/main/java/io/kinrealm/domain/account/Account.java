package io.kinrealm.domain.account;

import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A player's account: the login that owns characters. It keeps only the hash of the password, never the password,
 * and the roles that widen what the account may do. Every account is at least a player.
 */
public final class Account {
    private final AccountId id;
    private final Username username;
    private final String passwordHash;
    private final Set<Role> roles;
    private final Instant createdAt;

    public Account(AccountId id, Username username, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        EnumSet<Role> all = EnumSet.of(Role.PLAYER);
        all.addAll(roles);
        this.roles = Set.copyOf(all);
    }

    /** Opens a new account for a player who chose a username and whose password was hashed. */
    public static Account open(AccountId id, Username username, String passwordHash, Instant now) {
        return new Account(id, username, passwordHash, Set.of(Role.PLAYER), now);
    }

    public AccountId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
