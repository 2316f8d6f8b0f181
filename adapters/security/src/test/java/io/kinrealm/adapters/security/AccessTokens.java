package io.kinrealm.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A server's token settings, Aria's principal, and a way to forge tokens with one claim changed at a time. */
final class AccessTokens {
    static final String SECRET = "a-test-secret-of-the-kinrealm-server-0123456789";
    static final String ISSUER = "kinrealm";
    static final String AUDIENCE = "kinrealm-api";
    static final Instant ISSUED_AT = Instant.parse("2024-03-01T09:00:00Z");
    static final Instant EXPIRES_AT = ISSUED_AT.plus(Duration.ofMinutes(15));
    static final Instant NOW = ISSUED_AT.plus(Duration.ofMinutes(1));
    static final Principal ARIA = new Principal(new AccountId(UUID.fromString("0b0e6c4e-5d1a-4b7e-9f3a-2c8d1e6f7a90")),
            "aria", Set.of(Role.PLAYER, Role.MODERATOR),
            new LoginId(UUID.fromString("7f3c2a1b-9e8d-4c5b-a6f7-0e1d2c3b4a59")));

    private AccessTokens() {
    }

    static JwtTokenIssuer server() {
        return new JwtTokenIssuer(SECRET, ISSUER, AUDIENCE);
    }

    /** Every claim of a valid access token for Aria, in a map a test may change before signing. */
    static Map<String, Object> arias() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", ARIA.accountId().toString());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put(JwtTokenIssuer.TYPE_CLAIM, JwtTokenIssuer.ACCESS);
        claims.put("name", ARIA.username());
        claims.put("sid", ARIA.loginId().toString());
        claims.put("roles", List.of("moderator", "player"));
        claims.put("iat", ISSUED_AT);
        claims.put("exp", EXPIRES_AT);
        return claims;
    }

    static String signed(Map<String, Object> claims, Algorithm algorithm) {
        return JWT.create().withPayload(claims).sign(algorithm);
    }

    static Algorithm serverKey() {
        return Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    static void assertRefused(Outcome<Principal> outcome) {
        if (!(outcome instanceof Outcome.Rejected<Principal> rejected)) {
            fail("expected the token to be refused, but it was accepted: " + outcome);
            return;
        }
        assertThat(rejected.reason()).isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }
}
