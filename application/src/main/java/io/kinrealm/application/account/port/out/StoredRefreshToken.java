package io.kinrealm.application.account.port.out;

import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.Objects;

/** What the server keeps of a refresh token: its fingerprint, the login it belongs to and when it expires. */
public record StoredRefreshToken(String fingerprint, LoginId loginId, AccountId accountId, Instant issuedAt,
                                 Instant expiresAt) {
    public StoredRefreshToken {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(loginId, "login");
        Objects.requireNonNull(accountId, "account");
        Objects.requireNonNull(issuedAt, "issued at");
        Objects.requireNonNull(expiresAt, "expires at");
    }
}
