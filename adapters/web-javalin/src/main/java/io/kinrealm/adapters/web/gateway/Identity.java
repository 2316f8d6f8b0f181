package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;

/**
 * Who an authenticated connection is: the account's login, the character it plays, and the access token that
 * proved it (kept to check again that the login is still live), valid until {@code expiresAt}.
 */
record Identity(Principal principal, CharacterId character, String name, String familyId, String token,
                Instant expiresAt) {

    String loginId() {
        return principal.loginId().toString();
    }
}
