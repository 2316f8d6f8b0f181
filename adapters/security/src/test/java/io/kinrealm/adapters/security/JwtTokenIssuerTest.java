package io.kinrealm.adapters.security;

import static io.kinrealm.adapters.security.AccessTokens.ARIA;
import static io.kinrealm.adapters.security.AccessTokens.AUDIENCE;
import static io.kinrealm.adapters.security.AccessTokens.EXPIRES_AT;
import static io.kinrealm.adapters.security.AccessTokens.ISSUED_AT;
import static io.kinrealm.adapters.security.AccessTokens.ISSUER;
import static io.kinrealm.adapters.security.AccessTokens.NOW;
import static io.kinrealm.adapters.security.AccessTokens.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

/** An access token issued by this server names the player until it expires, and only this server's tokens count. */
class JwtTokenIssuerTest {
    private final JwtTokenIssuer server = AccessTokens.server();

    @Test
    void a_token_names_the_same_account_username_roles_and_login_it_was_issued_for() {
        String token = server.issueAccessToken(ARIA, ISSUED_AT, EXPIRES_AT);

        assertThat(server.verifyAccessToken(token, NOW)).isEqualTo(Outcome.done(ARIA));
    }

    @Test
    void a_token_is_accepted_until_just_before_it_expires() {
        String token = server.issueAccessToken(ARIA, ISSUED_AT, EXPIRES_AT);

        assertThat(server.verifyAccessToken(token, EXPIRES_AT.minusSeconds(1))).isEqualTo(Outcome.done(ARIA));
    }

    @Test
    void an_expired_token_is_refused() {
        String token = server.issueAccessToken(ARIA, ISSUED_AT, EXPIRES_AT);

        assertRefused(server.verifyAccessToken(token, EXPIRES_AT.plusSeconds(1)));
    }

    @Test
    void another_server_with_its_own_secret_refuses_the_token() {
        String token = server.issueAccessToken(ARIA, ISSUED_AT, EXPIRES_AT);
        JwtTokenIssuer otherServer = new JwtTokenIssuer("another-servers-secret-of-32-bytes-or-more", ISSUER,
                AUDIENCE);

        assertRefused(otherServer.verifyAccessToken(token, NOW));
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused_when_the_issuer_is_made() {
        assertThatThrownBy(() -> new JwtTokenIssuer("x".repeat(31), ISSUER, AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwtTokenIssuer(null, ISSUER, AUDIENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new JwtTokenIssuer("x".repeat(32), ISSUER, AUDIENCE)).doesNotThrowAnyException();
    }

    @Test
    void the_secret_length_is_counted_in_bytes_not_characters() {
        String sixteenTwoByteCharacters = "é".repeat(16);

        assertThatCode(() -> new JwtTokenIssuer(sixteenTwoByteCharacters, ISSUER, AUDIENCE))
                .doesNotThrowAnyException();
    }
}
