package io.kinrealm.adapters.security;

import static io.kinrealm.adapters.security.AccessTokens.ARIA;
import static io.kinrealm.adapters.security.AccessTokens.EXPIRES_AT;
import static io.kinrealm.adapters.security.AccessTokens.ISSUED_AT;
import static io.kinrealm.adapters.security.AccessTokens.NOW;
import static io.kinrealm.adapters.security.AccessTokens.SECRET;
import static io.kinrealm.adapters.security.AccessTokens.arias;
import static io.kinrealm.adapters.security.AccessTokens.assertRefused;
import static io.kinrealm.adapters.security.AccessTokens.serverKey;
import static io.kinrealm.adapters.security.AccessTokens.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import io.kinrealm.domain.shared.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens a client made up itself are refused. Each forgery changes one thing of an otherwise valid token, and the
 * first test shows that the unchanged token is accepted, so each refusal is due to the one change.
 */
class JwtForgedTokenTest {
    private final JwtTokenIssuer server = AccessTokens.server();

    @Test
    void a_token_with_every_claim_right_and_the_servers_signature_is_accepted() {
        assertThat(server.verifyAccessToken(signed(arias(), serverKey()), NOW)).isEqualTo(Outcome.done(ARIA));
    }

    @Test
    void a_token_without_an_expiry_is_refused() {
        Map<String, Object> claims = arias();
        claims.remove("exp");

        assertRefused(server.verifyAccessToken(signed(claims, serverKey()), NOW));
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        Algorithm guessedKey = Algorithm.HMAC256("someone-elses-secret-of-32-bytes-or-more");

        assertRefused(server.verifyAccessToken(signed(arias(), guessedKey), NOW));
    }

    @Test
    void a_hand_made_unsigned_token_with_alg_none_is_refused() {
        String payload = signed(arias(), serverKey()).split("\\.")[1];
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        assertRefused(server.verifyAccessToken(header + "." + payload + ".", NOW));
    }

    @Test
    void an_unsigned_token_made_by_the_library_with_alg_none_is_refused() {
        assertRefused(server.verifyAccessToken(signed(arias(), Algorithm.none()), NOW));
    }

    @Test
    void a_token_signed_with_the_servers_secret_by_another_algorithm_is_refused() {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);

        assertRefused(server.verifyAccessToken(signed(arias(), Algorithm.HMAC384(secret)), NOW));
        assertRefused(server.verifyAccessToken(signed(arias(), Algorithm.HMAC512(secret)), NOW));
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        Map<String, Object> claims = arias();
        claims.put("iss", "another-realm");

        assertRefused(server.verifyAccessToken(signed(claims, serverKey()), NOW));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        Map<String, Object> claims = arias();
        claims.put("aud", "kinrealm-admin");

        assertRefused(server.verifyAccessToken(signed(claims, serverKey()), NOW));
    }

    @Test
    void a_refresh_token_is_not_an_access_token() {
        Map<String, Object> claims = arias();
        claims.put(JwtTokenIssuer.TYPE_CLAIM, "refresh");

        assertRefused(server.verifyAccessToken(signed(claims, serverKey()), NOW));
    }

    @Test
    void a_token_without_a_type_is_not_an_access_token() {
        Map<String, Object> claims = arias();
        claims.remove(JwtTokenIssuer.TYPE_CLAIM);

        assertRefused(server.verifyAccessToken(signed(claims, serverKey()), NOW));
    }

    @Test
    void a_token_whose_payload_was_changed_after_signing_is_refused() {
        String[] parts = server.issueAccessToken(ARIA, ISSUED_AT, EXPIRES_AT).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"moderator\"", "\"operator\"");
        assertThat(promoted).isNotEqualTo(payload);

        assertRefused(server.verifyAccessToken(parts[0] + "." + base64Url(promoted) + "." + parts[2], NOW));
    }

    @Test
    void text_that_is_not_a_token_is_refused() {
        assertRefused(server.verifyAccessToken("", NOW));
        assertRefused(server.verifyAccessToken("garbage", NOW));
        assertRefused(server.verifyAccessToken("a.b.c", NOW));
        assertRefused(server.verifyAccessToken("..", NOW));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
