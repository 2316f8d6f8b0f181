package io.kinrealm.application.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How long tokens live.
 *
 * @param accessTokenLifetime  lifetime of an access token (15 minutes by default)
 * @param refreshTokenLifetime lifetime of a refresh token (30 days by default); each refresh starts a new one
 */
public record SessionPolicy(Duration accessTokenLifetime, Duration refreshTokenLifetime) {
    public SessionPolicy {
        Objects.requireNonNull(accessTokenLifetime, "access token lifetime");
        Objects.requireNonNull(refreshTokenLifetime, "refresh token lifetime");
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
                || refreshTokenLifetime.compareTo(accessTokenLifetime) < 0) {
            throw new IllegalArgumentException("token lifetimes must be positive, refresh at least as long as access");
        }
    }

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(15), Duration.ofDays(30));
    }
}
