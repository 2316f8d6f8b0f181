package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/** Tells who sent a request from its access token; refused with invalid_access_token otherwise. */
public interface AuthenticateUseCase {

    Outcome<Principal> authenticate(String accessToken);

    /**
     * As {@link #authenticate}, and also refused when the token's login has ended (logged out, or revoked for a
     * replayed refresh token). Long-lived connections use it, since they outlive the request that opened them.
     */
    Outcome<Principal> authenticateLive(String accessToken);
}
