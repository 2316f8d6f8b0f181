package io.kinrealm.application.account.port.out;

import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * The refresh tokens of every login, by fingerprint. Rotation is atomic across every node: of many concurrent
 * rotations of one token exactly one succeeds.
 */
public interface RefreshTokens {

    void insert(StoredRefreshToken token);

    /**
     * Exchanges a live token for its successor in one atomic step. A token that was already exchanged is a replay:
     * the whole login is revoked and {@link Rotation.Reused} returned. Unknown, expired or revoked tokens are
     * {@link Rotation.Invalid}.
     */
    Rotation rotate(String presentedFingerprint, String successorFingerprint, Instant successorExpiresAt, Instant now);

    /**
     * Revokes every token of the login the presented token belongs to and answers that login; empty (and nothing
     * happens) for an unknown token.
     */
    Optional<LoginId> revokeLogin(String presentedFingerprint, Instant now);

    /**
     * Forgets every token that expired at or before {@code now}, rotated, revoked or not: an expired token can neither
     * be exchanged nor reveal a replay. Answers how many were forgotten.
     */
    int deleteExpired(Instant now);

    /** Whether the login still has a token that is neither revoked nor expired, i.e. the player has not logged out. */
    boolean isLoginActive(LoginId login, Instant now);

    /** What a rotation did. */
    sealed interface Rotation {
        /** The presented token was exchanged; the successor now belongs to the same login. */
        record Rotated(LoginId loginId, AccountId accountId) implements Rotation {
        }

        /** The presented token had already been exchanged: the login it belongs to is now revoked. */
        record Reused(LoginId loginId, AccountId accountId) implements Rotation {
        }

        /** Unknown, expired or revoked. */
        record Invalid() implements Rotation {
        }
    }
}
