package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateTest {
    private final TestCore kinrealm = new TestCore();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void a_request_without_an_access_token_is_refused(String token) {
        assertThat(rejected(kinrealm.core.authenticate().authenticate(token)).reason())
                .isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }

    @Test
    void an_access_token_is_accepted_for_its_first_fifteen_minutes_only() {
        kinrealm.register("Mira", "dragonfire-oath");
        SessionTokens tokens = kinrealm.logIn("Mira", "dragonfire-oath");

        kinrealm.clock.advance(Duration.ofMinutes(14));
        assertThat(done(kinrealm.core.authenticate().authenticate(tokens.accessToken())).username())
                .isEqualTo("Mira");

        kinrealm.clock.advance(Duration.ofMinutes(2));
        assertThat(rejected(kinrealm.core.authenticate().authenticate(tokens.accessToken())).reason())
                .isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }
}
