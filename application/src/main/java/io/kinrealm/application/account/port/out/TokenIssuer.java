package io.kinrealm.application.account.port.out;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;

/** Signs and checks the short-lived access tokens that every request carries. */
public interface TokenIssuer {

    String issueAccessToken(Principal principal, Instant issuedAt, Instant expiresAt);

    /**
     * The principal of a well-formed, correctly signed, unexpired access token of this server; invalid_access_token
     * for anything else (another algorithm, issuer, audience or token type, no expiry, expired).
     */
    Outcome<Principal> verifyAccessToken(String token, Instant now);
}
