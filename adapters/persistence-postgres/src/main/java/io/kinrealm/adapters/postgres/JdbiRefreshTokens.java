package io.kinrealm.adapters.postgres;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Refresh tokens in table {@code refresh_tokens}. Rotation is one conditional {@code UPDATE} of the presented row
 * (only a live row is marked rotated) together with the successor's insert, in one transaction: PostgreSQL's row
 * lock lets exactly one of many concurrent rotations, on any node, update the row. When nothing was updated the row
 * is read again: a live row that was already rotated is a replay, and the whole login is revoked.
 */
public final class JdbiRefreshTokens implements RefreshTokens {
    /** How many expired tokens one purge statement deletes at most. */
    static final int PURGE_SLICE = 5_000;
    /** Bound on the revocation passes; see {@link #revokeAll}. */
    private static final int REVOCATION_PASSES = 8;

    private final Jdbi jdbi;

    JdbiRefreshTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Owner(LoginId loginId, AccountId accountId, boolean rotated) {
    }

    @Override
    public void insert(StoredRefreshToken token) {
        Sql.guarded("storing a refresh token", () -> jdbi.withHandle(handle -> insert(handle, token)));
    }

    @Override
    public Rotation rotate(String presented, String successor, Instant successorExpiresAt, Instant now) {
        Optional<Owner> exchanged = Sql.guarded("rotating a refresh token", () -> jdbi.inTransaction(handle -> {
            Optional<Owner> owner = handle.createQuery("""
                            UPDATE refresh_tokens SET rotated_at = :now
                            WHERE fingerprint = :presented AND rotated_at IS NULL AND revoked_at IS NULL
                              AND expires_at > :now
                            RETURNING login_id, account_id, true AS rotated""")
                    .bind("presented", presented)
                    .bind("now", Sql.utc(now))
                    .map(JdbiRefreshTokens::owner)
                    .findOne();
            owner.ifPresent(o -> insert(handle,
                    new StoredRefreshToken(successor, o.loginId(), o.accountId(), now, successorExpiresAt)));
            return owner;
        }));
        return exchanged.<Rotation>map(o -> new Rotation.Rotated(o.loginId(), o.accountId()))
                .orElseGet(() -> replayOrInvalid(presented, now));
    }

    @Override
    public Optional<LoginId> revokeLogin(String presentedFingerprint, Instant now) {
        return Sql.guarded("revoking a login", () -> {
            Optional<LoginId> login = find(presentedFingerprint).map(Owner::loginId);
            login.ifPresent(found -> revokeAll(found, now));
            return login;
        });
    }

    /**
     * Deletes in slices of {@value #PURGE_SLICE} rows (index {@code refresh_tokens_by_expiry}), each its own short
     * statement, so a large first purge never holds locks for long.
     */
    @Override
    public int deleteExpired(Instant now) {
        int deleted = 0;
        int slice;
        do {
            slice = Sql.guarded("deleting expired refresh tokens", () -> jdbi.withHandle(handle -> handle
                    .createUpdate("DELETE FROM refresh_tokens WHERE fingerprint IN (SELECT fingerprint"
                            + " FROM refresh_tokens WHERE expires_at <= :now LIMIT :slice)")
                    .bind("now", Sql.utc(now))
                    .bind("slice", PURGE_SLICE)
                    .execute()));
            deleted += slice;
        } while (slice == PURGE_SLICE);
        return deleted;
    }

    /** One indexed look-up of the login's tokens (index {@code refresh_tokens_by_login}). */
    @Override
    public boolean isLoginActive(LoginId login, Instant now) {
        return Sql.guarded("checking a login", () -> jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM refresh_tokens
                                       WHERE login_id = :login AND revoked_at IS NULL AND expires_at > :now)""")
                .bind("login", login.value())
                .bind("now", Sql.utc(now))
                .mapTo(Boolean.class)
                .one()));
    }

    /** A live token that was already rotated is a replay: its login is revoked. Anything else is invalid. */
    private Rotation replayOrInvalid(String presented, Instant now) {
        return Sql.guarded("checking a refresh token", () -> {
            Optional<Owner> replayed = findUnrevoked(presented, now).filter(Owner::rotated);
            replayed.ifPresent(owner -> revokeAll(owner.loginId(), now));
            return replayed.<Rotation>map(owner -> new Rotation.Reused(owner.loginId(), owner.accountId()))
                    .orElseGet(Rotation.Invalid::new);
        });
    }

    /** The owner of the token, whatever its state. */
    private Optional<Owner> find(String fingerprint) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT login_id, account_id, rotated_at IS NOT NULL AS rotated FROM refresh_tokens"
                                + " WHERE fingerprint = :fingerprint")
                .bind("fingerprint", fingerprint)
                .map(JdbiRefreshTokens::owner)
                .findOne());
    }

    /** The owner of the token if it is neither revoked nor expired at {@code now}. */
    private Optional<Owner> findUnrevoked(String fingerprint, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT login_id, account_id, rotated_at IS NOT NULL AS rotated FROM refresh_tokens"
                                + " WHERE fingerprint = :fingerprint AND revoked_at IS NULL AND expires_at > :now")
                .bind("fingerprint", fingerprint)
                .bind("now", Sql.utc(now))
                .map(JdbiRefreshTokens::owner)
                .findOne());
    }

    /**
     * Revokes every token of the login. A pass that had to wait for a concurrent rotation's row lock cannot see the
     * successor that rotation committed (its snapshot is older), so passes repeat until one finds nothing left.
     */
    private void revokeAll(LoginId login, Instant now) {
        int revoked = 1;
        for (int pass = 0; pass < REVOCATION_PASSES && revoked > 0; pass++) {
            revoked = jdbi.withHandle(handle -> handle.createUpdate("""
                            UPDATE refresh_tokens SET revoked_at = :now
                            WHERE login_id = :login AND revoked_at IS NULL""")
                    .bind("now", Sql.utc(now))
                    .bind("login", login.value())
                    .execute());
        }
    }

    private static int insert(Handle handle, StoredRefreshToken token) {
        return handle.createUpdate("""
                        INSERT INTO refresh_tokens (fingerprint, login_id, account_id, issued_at, expires_at)
                        VALUES (:fingerprint, :login, :account, :issuedAt, :expiresAt)""")
                .bind("fingerprint", token.fingerprint())
                .bind("login", token.loginId().value())
                .bind("account", token.accountId().value())
                .bind("issuedAt", Sql.utc(token.issuedAt()))
                .bind("expiresAt", Sql.utc(token.expiresAt()))
                .execute();
    }

    private static Owner owner(ResultSet row, StatementContext context) throws SQLException {
        return new Owner(new LoginId(Sql.uuid(row, "login_id")), new AccountId(Sql.uuid(row, "account_id")),
                row.getBoolean("rotated"));
    }
}
