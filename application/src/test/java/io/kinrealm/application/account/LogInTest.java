package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogInTest {
    private final TestCore kinrealm = new TestCore();
    private AccountId mira;

    @BeforeEach
    void miraHasAnAccount() {
        mira = kinrealm.register("Mira", "dragonfire-oath");
    }

    private Outcome<SessionTokens> logIn(String username, String password) {
        return kinrealm.core.logIn().logIn(new LogIn(username, password));
    }

    @Test
    void a_player_who_logs_in_is_recognised_by_the_access_token() {
        SessionTokens tokens = done(logIn("Mira", "dragonfire-oath"));

        Principal principal = done(kinrealm.core.authenticate().authenticate(tokens.accessToken()));
        assertThat(principal.accountId()).isEqualTo(mira);
        assertThat(principal.username()).isEqualTo("Mira");
        assertThat(tokens.expiresIn()).isEqualTo(15 * 60);
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void the_username_is_recognised_ignoring_case() {
        SessionTokens tokens = done(logIn("mIRA", "dragonfire-oath"));

        assertThat(done(kinrealm.core.authenticate().authenticate(tokens.accessToken())).username())
                .isEqualTo("Mira");
    }

    @Test
    void every_login_is_a_login_of_its_own() {
        SessionTokens first = done(logIn("Mira", "dragonfire-oath"));
        SessionTokens second = done(logIn("Mira", "dragonfire-oath"));

        assertThat(loginOf(first)).isNotEqualTo(loginOf(second));
    }

    @Test
    void an_unknown_username_and_a_wrong_password_are_refused_alike() {
        Outcome.Rejected<SessionTokens> wrongPassword = rejected(logIn("Mira", "not-her-password"));
        Outcome.Rejected<SessionTokens> unknownName = rejected(logIn("Nobody", "dragonfire-oath"));

        assertThat(wrongPassword.reason()).isEqualTo(Refusal.INVALID_CREDENTIALS);
        assertThat(unknownName).isEqualTo(wrongPassword);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "Mira, not-her-password",
        "Nobody, dragonfire-oath",
        "Mira, short",
        "x, dragonfire-oath"
    })
    void every_refused_login_checks_exactly_one_password_like_a_real_one(String username, String password) {
        int before = kinrealm.hasher.checks();

        Outcome<SessionTokens> answer = logIn(username, password);

        assertThat(rejected(answer).reason()).isEqualTo(Refusal.INVALID_CREDENTIALS);
        assertThat(kinrealm.hasher.checks() - before).isEqualTo(1);
    }

    @Test
    void a_successful_login_checks_the_password_once_too() {
        int before = kinrealm.hasher.checks();

        done(logIn("Mira", "dragonfire-oath"));

        assertThat(kinrealm.hasher.checks() - before).isEqualTo(1);
    }

    private LoginId loginOf(SessionTokens tokens) {
        return done(kinrealm.core.authenticate().authenticate(tokens.accessToken())).loginId();
    }
}
