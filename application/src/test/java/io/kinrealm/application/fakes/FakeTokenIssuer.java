package io.kinrealm.application.fakes;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.out.TokenIssuer;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Access tokens as numbered strings remembered with their principal; valid strictly before they expire. */
public final class FakeTokenIssuer implements TokenIssuer {
    private final Map<String, Issued> issued = new HashMap<>();

    private record Issued(Principal principal, Instant expiresAt) {
    }

    @Override
    public String issueAccessToken(Principal principal, Instant issuedAt, Instant expiresAt) {
        String token = "access-" + (issued.size() + 1);
        issued.put(token, new Issued(principal, expiresAt));
        return token;
    }

    @Override
    public Outcome<Principal> verifyAccessToken(String token, Instant now) {
        Issued found = issued.get(token);
        if (found == null || !now.isBefore(found.expiresAt())) {
            return Outcome.rejected(Refusal.INVALID_ACCESS_TOKEN, "The access token is invalid or has expired.");
        }
        return Outcome.done(found.principal());
    }
}
