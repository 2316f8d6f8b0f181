package io.kinrealm.adapters.memory;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.domain.account.LoginId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refresh tokens kept in this process; one lock makes every rotation atomic. A login is active while it is not
 * revoked and one of its tokens has not expired.
 */
public final class InMemoryRefreshTokens implements RefreshTokens {
    private final Map<String, StoredRefreshToken> tokens = new HashMap<>();
    private final Set<String> rotated = new HashSet<>();
    private final Set<LoginId> revokedLogins = new HashSet<>();
    /** The latest expiry among the tokens of each login. */
    private final Map<LoginId, Instant> loginExpiries = new HashMap<>();

    @Override
    public synchronized void insert(StoredRefreshToken token) {
        tokens.put(token.fingerprint(), token);
        loginExpiries.merge(token.loginId(), token.expiresAt(), (a, b) -> a.isAfter(b) ? a : b);
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
        insert(new StoredRefreshToken(successor, token.loginId(), token.accountId(), now, successorExpiresAt));
        return new Rotation.Rotated(token.loginId(), token.accountId());
    }

    @Override
    public synchronized Optional<LoginId> revokeLogin(String presented, Instant now) {
        Optional<LoginId> login = Optional.ofNullable(tokens.get(presented)).map(StoredRefreshToken::loginId);
        login.ifPresent(revokedLogins::add);
        return login;
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = tokens.size();
        tokens.values().removeIf(token -> !token.expiresAt().isAfter(now));
        rotated.retainAll(tokens.keySet());
        loginExpiries.values().removeIf(expiry -> !expiry.isAfter(now));
        revokedLogins.retainAll(loginExpiries.keySet());
        return before - tokens.size();
    }

    @Override
    public synchronized boolean isLoginActive(LoginId login, Instant now) {
        Instant expiry = loginExpiries.get(login);
        return expiry != null && expiry.isAfter(now) && !revokedLogins.contains(login);
    }
}
