package io.kinrealm.adapters.memory;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.domain.account.LoginId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Refresh tokens kept in this process; one lock makes every rotation atomic. */
public final class InMemoryRefreshTokens implements RefreshTokens {
    private final Map<String, StoredRefreshToken> tokens = new HashMap<>();
    private final Set<String> rotated = new HashSet<>();
    private final Set<LoginId> revokedLogins = new HashSet<>();

    @Override
    public synchronized void insert(StoredRefreshToken token) {
        tokens.put(token.fingerprint(), token);
    }

    @Override
    public synchronized Rotation rotate(String presented, String successor, Instant successorExpiresAt,
                                        Instant now) {
        StoredRefreshToken token = tokens.get(presented);
        if (token == null || revokedLogins.contains(token.loginId()) || !token.expiresAt().isAfter(now)) {
            return new Rotation.Invalid();
        }
        if (!rotated.add(presented)) {
            revokedLogins.add(token.loginId());
            return new Rotation.Reused(token.loginId(), token.accountId());
        }
        tokens.put(successor, new StoredRefreshToken(successor, token.loginId(), token.accountId(), now,
                successorExpiresAt));
        return new Rotation.Rotated(token.loginId(), token.accountId());
    }

    @Override
    public synchronized void revokeLogin(String presented, Instant now) {
        StoredRefreshToken token = tokens.get(presented);
        if (token != null) {
            revokedLogins.add(token.loginId());
        }
    }
}
