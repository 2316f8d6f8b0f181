package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/**
 * A player exchanges a refresh token for a new pair of tokens. Each refresh token works once: presenting one that was
 * already exchanged means it was copied, so the whole login is revoked (refresh_token_reused).
 */
public interface RefreshSessionUseCase {

    Outcome<SessionTokens> refresh(RefreshSession command);

    record RefreshSession(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshSession[****]";
        }
    }
}
