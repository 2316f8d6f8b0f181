package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRenewalTest {
    private final TestCore kinrealm = new TestCore();
    private SessionTokens login;

    @BeforeEach
    void miraHasLoggedIn() {
        kinrealm.register("Mira", "dragonfire-oath");
        login = kinrealm.logIn("Mira", "dragonfire-oath");
    }

    private Outcome<SessionTokens> refresh(String refreshToken) {
        return kinrealm.core.refreshSession().refresh(new RefreshSession(refreshToken));
    }

    private Principal principalOf(SessionTokens tokens) {
        return done(kinrealm.core.authenticate().authenticate(tokens.accessToken()));
    }

    @Test
    void housekeeping_forgets_expired_logins_and_keeps_live_ones() {
        assertThat(kinrealm.core.purgeExpiredSessions().purge()).as("nothing has expired yet").isZero();
        kinrealm.clock.advance(SessionPolicy.defaults().refreshTokenLifetime().plusSeconds(1));

        assertThat(kinrealm.core.purgeExpiredSessions().purge()).isEqualTo(1);
        assertThat(refresh(login.refreshToken())).isInstanceOf(Outcome.Rejected.class);
        SessionTokens again = kinrealm.logIn("Mira", "dragonfire-oath");
        assertThat(kinrealm.core.purgeExpiredSessions().purge()).isZero();
        assertThat(refresh(again.refreshToken())).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_refresh_gives_a_new_pair_for_the_same_login() {
        SessionTokens renewed = done(refresh(login.refreshToken()));

        assertThat(renewed.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(renewed.accessToken()).isNotEqualTo(login.accessToken());
        assertThat(principalOf(renewed).loginId()).isEqualTo(principalOf(login).loginId());
    }

    @Test
    void the_renewed_refresh_token_can_be_renewed_again() {
        SessionTokens renewed = done(refresh(login.refreshToken()));

        assertThat(refresh(renewed.refreshToken())).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_refresh_token_presented_a_second_time_is_reported_as_reused() {
        done(refresh(login.refreshToken()));

        assertThat(rejected(refresh(login.refreshToken())).reason()).isEqualTo(Refusal.REFRESH_TOKEN_REUSED);
    }

    @Test
    void after_a_reuse_the_whole_login_is_dead() {
        SessionTokens renewed = done(refresh(login.refreshToken()));
        refresh(login.refreshToken());

        assertThat(rejected(refresh(renewed.refreshToken())).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void a_reuse_in_one_login_leaves_the_other_logins_alive() {
        SessionTokens otherDevice = kinrealm.logIn("Mira", "dragonfire-oath");
        done(refresh(login.refreshToken()));
        refresh(login.refreshToken());

        assertThat(refresh(otherDevice.refreshToken())).isInstanceOf(Outcome.Done.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "refresh-999"})
    void a_missing_or_unknown_refresh_token_is_invalid(String token) {
        assertThat(rejected(refresh(token)).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void a_refresh_token_lasts_thirty_days() {
        kinrealm.clock.advance(Duration.ofDays(30));

        assertThat(rejected(refresh(login.refreshToken())).reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN);
    }

    @Test
    void a_refresh_token_still_works_on_its_last_day() {
        kinrealm.clock.advance(Duration.ofDays(29));

        assertThat(refresh(login.refreshToken())).isInstanceOf(Outcome.Done.class);
    }
}
