package io.kinrealm.application.fakes;

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
 * Refresh tokens by fingerprint; a token works once, and a replay revokes its whole login. A login is active while it
 * is not revoked and one of its tokens has not expired.
 */
public final class FakeRefreshTokens implements RefreshTokens {
    private final Map<String, StoredRefreshToken> tokens = new HashMap<>();
    private final Set<String> exchanged = new HashSet<>();
    private final Set<LoginId> revoked = new HashSet<>();

    @Override
    public void insert(StoredRefreshToken token) {
        tokens.put(token.fingerprint(), token);
    }

    @Override
    public Rotation rotate(String presented, String successor, Instant successorExpiresAt, Instant now) {
        StoredRefreshToken token = tokens.get(presented);
        if (token == null || revoked.contains(token.loginId()) || !now.isBefore(token.expiresAt())) {
            return new Rotation.Invalid();
        }
        if (!exchanged.add(presented)) {
            revoked.add(token.loginId());
            return new Rotation.Reused(token.loginId(), token.accountId());
        }
        insert(new StoredRefreshToken(successor, token.loginId(), token.accountId(), now, successorExpiresAt));
        return new Rotation.Rotated(token.loginId(), token.accountId());
    }

    @Override
    public Optional<LoginId> revokeLogin(String presented, Instant now) {
        Optional<LoginId> login = Optional.ofNullable(tokens.get(presented)).map(StoredRefreshToken::loginId);
        login.ifPresent(revoked::add);
        return login;
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = tokens.size();
        tokens.values().removeIf(token -> !token.expiresAt().isAfter(now));
        exchanged.retainAll(tokens.keySet());
        return before - tokens.size();
    }

    @Override
    public boolean isLoginActive(LoginId login, Instant now) {
        return !revoked.contains(login) && tokens.values().stream()
                .anyMatch(token -> token.loginId().equals(login) && now.isBefore(token.expiresAt()));
    }
}
