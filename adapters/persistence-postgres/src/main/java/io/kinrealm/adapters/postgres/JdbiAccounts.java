package io.kinrealm.adapters.postgres;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.Revocation;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts in table {@code accounts}. A username is unique through the unique {@code username_key} column (the
 * username's case-insensitive key), so two players racing for one name on two nodes cannot both get it.
 */
public final class JdbiAccounts implements Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiAccounts.class);
    private static final String USERNAME_TAKEN = "accounts_username_key_unique";
    private static final String COLUMNS = "id, username, password_hash, roles, created_at";

    private final Jdbi jdbi;

    JdbiAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Insertion insert(Account account) {
        List<String> roles = account.roles().stream().sorted().map(Role::id).toList();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO accounts (id, username, username_key, password_hash, roles, created_at)
                            VALUES (:id, :username, :key, :hash, :roles, :createdAt)""")
                    .bind("id", account.id().value())
                    .bind("username", account.username().value())
                    .bind("key", account.username().key())
                    .bind("hash", account.passwordHash())
                    .bindArray("roles", String.class, roles)
                    .bind("createdAt", Sql.utc(account.createdAt()))
                    .execute());
            return Insertion.INSERTED;
        } catch (JdbiException e) {
            if (Sql.violatesUnique(e, USERNAME_TAKEN)) {
                return Insertion.DUPLICATE;
            }
            throw Sql.failure("storing an account", e);
        }
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Sql.guarded("reading an account", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiAccounts::account)
                .findOne()));
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return Sql.guarded("reading an account", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM accounts WHERE username_key = :key")
                .bind("key", username.key())
                .map(JdbiAccounts::account)
                .findOne()));
    }

    /** Appends the role to the stored array unless it is there already, in one statement. */
    @Override
    public boolean grantRole(AccountId id, Role role) {
        return Sql.guarded("granting a role", () -> jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE accounts
                        SET roles = CASE WHEN :role = ANY (roles) THEN roles ELSE array_append(roles, :role) END
                        WHERE id = :id""")
                .bind("role", role.id())
                .bind("id", id.value())
                .execute()) > 0);
    }

    /**
     * Removes the role from the stored array only where it is there, in one statement; when nothing changed, a second
     * look tells a role not held from an account that does not exist (accounts are never deleted).
     */
    @Override
    public Revocation revokeRole(AccountId id, Role role) {
        if (role == Role.PLAYER) {
            throw new IllegalArgumentException("every account stays a player");
        }
        return Sql.guarded("revoking a role", () -> jdbi.withHandle(handle -> {
            int revoked = handle.createUpdate("""
                            UPDATE accounts SET roles = array_remove(roles, :role)
                            WHERE id = :id AND :role = ANY (roles)""")
                    .bind("role", role.id())
                    .bind("id", id.value())
                    .execute();
            if (revoked > 0) {
                return Revocation.REVOKED;
            }
            boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = :id)")
                    .bind("id", id.value())
                    .mapTo(Boolean.class)
                    .one();
            return exists ? Revocation.NOT_HELD : Revocation.NO_SUCH_ACCOUNT;
        }));
    }

    private static Account account(ResultSet row, StatementContext context) throws SQLException {
        return new Account(new AccountId(Sql.uuid(row, "id")), new Username(row.getString("username")),
                row.getString("password_hash"), roles((String[]) row.getArray("roles").getArray()),
                Sql.instant(row, "created_at"));
    }

    /** The stored roles; an id this version does not know grants nothing (and is logged). */
    private static Set<Role> roles(String[] ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids) {
            Role.fromId(id).ifPresentOrElse(roles::add, () -> LOG.warn("ignoring unknown stored role {}", id));
        }
        return roles;
    }
}
