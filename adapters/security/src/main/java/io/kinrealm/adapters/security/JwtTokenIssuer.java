package io.kinrealm.adapters.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.out.TokenIssuer;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Ids;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens as HS256 JWTs. Only HS256 with this server's secret is accepted (so {@code none} and every other
 * algorithm are refused), with this issuer and audience, a present {@code exp}, and the access token type; a refresh
 * token or any other JWT is not an access token.
 */
public final class JwtTokenIssuer implements TokenIssuer {
    public static final int MIN_SECRET_BYTES = 32;
    static final String TYPE_CLAIM = "typ";
    static final String ACCESS = "access";

    private final Algorithm algorithm;
    private final String issuer;
    private final String audience;

    public JwtTokenIssuer(String secret, String issuer, String audience) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.algorithm = Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public String issueAccessToken(Principal principal, Instant issuedAt, Instant expiresAt) {
        return JWT.create()
                .withIssuer(issuer)
                .withAudience(audience)
                .withSubject(principal.accountId().toString())
                .withJWTId(UUID.randomUUID().toString())
                .withClaim(TYPE_CLAIM, ACCESS)
                .withClaim("name", principal.username())
                .withClaim("sid", principal.loginId().toString())
                .withClaim("roles", principal.roles().stream().map(Role::id).sorted().toList())
                .withIssuedAt(issuedAt)
                .withExpiresAt(expiresAt)
                .sign(algorithm);
    }

    @Override
    public Outcome<Principal> verifyAccessToken(String token, Instant now) {
        JWTVerifier verifier = ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(issuer)
                .withAudience(audience)
                .withClaim(TYPE_CLAIM, ACCESS)
                .withClaimPresence("exp")
                .withClaimPresence("sid")
                .withClaimPresence("name"))
                .build(Clock.fixed(now, ZoneOffset.UTC));
        try {
            return principal(verifier.verify(token)).<Outcome<Principal>>map(Outcome::done)
                    .orElseGet(JwtTokenIssuer::refused);
        } catch (JWTVerificationException e) {
            return refused();
        }
    }

    private static Optional<Principal> principal(DecodedJWT jwt) {
        Optional<UUID> account = Ids.parseUuid(jwt.getSubject());
        Optional<UUID> login = Ids.parseUuid(jwt.getClaim("sid").asString());
        if (account.isEmpty() || login.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.of(Role.PLAYER);
        List<String> claimed = jwt.getClaim("roles").asList(String.class);
        if (claimed != null) {
            claimed.forEach(id -> Role.fromId(id).ifPresent(roles::add));
        }
        return Optional.of(new Principal(new AccountId(account.get()), jwt.getClaim("name").asString(), roles,
                new LoginId(login.get())));
    }

    private static Outcome<Principal> refused() {
        return Outcome.rejected(Refusal.INVALID_ACCESS_TOKEN, "The access token is invalid or has expired.");
    }
}
