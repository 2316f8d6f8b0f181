package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.LogOutUseCase.LogOut;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogOutTest {
    private final TestCore kinrealm = new TestCore();
    private SessionTokens login;

    @BeforeEach
    void miraHasLoggedIn() {
        kinrealm.register("Mira", "dragonfire-oath");
        login = kinrealm.logIn("Mira", "dragonfire-oath");
    }

    private void logOut(String refreshToken) {
        kinrealm.core.logOut().logOut(new LogOut(refreshToken));
    }

    private Outcome<SessionTokens> refresh(String refreshToken) {
        return kinrealm.core.refreshSession().refresh(new RefreshSession(refreshToken));
    }

    @Test
    void a_player_who_logged_out_cannot_renew_that_login() {
        logOut(login.refreshToken());

        assertThat(rejected(refresh(login.refreshToken())).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void logging_out_twice_is_harmless() {
        logOut(login.refreshToken());
        logOut(login.refreshToken());

        assertThat(rejected(refresh(login.refreshToken())).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void logging_out_ends_the_renewed_tokens_of_that_login_too() {
        SessionTokens renewed = done(refresh(login.refreshToken()));

        logOut(login.refreshToken());

        assertThat(rejected(refresh(renewed.refreshToken())).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void logging_out_on_one_device_leaves_the_other_logins_alone() {
        SessionTokens otherDevice = kinrealm.logIn("Mira", "dragonfire-oath");

        logOut(login.refreshToken());

        assertThat(refresh(otherDevice.refreshToken())).isInstanceOf(Outcome.Done.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"refresh-999"})
    void logging_out_without_a_known_token_ends_nothing(String token) {
        logOut(token);

        assertThat(refresh(login.refreshToken())).isInstanceOf(Outcome.Done.class);
    }
}
