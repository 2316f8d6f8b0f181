package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.LogOutUseCase.LogOut;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The end of a login reaches the long-lived connections: every node is told, and live checks refuse it. */
class LoginEndTest {
    private final TestCore kinrealm = new TestCore();
    private SessionTokens login;

    @BeforeEach
    void miraHasLoggedIn() {
        kinrealm.register("Mira", "dragonfire-oath");
        login = kinrealm.logIn("Mira", "dragonfire-oath");
    }

    private Principal principalOf(SessionTokens tokens) {
        return done(kinrealm.core.authenticate().authenticate(tokens.accessToken()));
    }

    private ChannelEvent revoked(SessionTokens tokens) {
        return new ChannelEvent("sys:logins", "login.revoked", 0,
                Map.of("loginId", principalOf(tokens).loginId().toString()));
    }

    private Outcome<SessionTokens> refresh(String refreshToken) {
        return kinrealm.core.refreshSession().refresh(new RefreshSession(refreshToken));
    }

    @Test
    void logging_out_tells_every_node_which_login_ended() {
        kinrealm.core.logOut().logOut(new LogOut(login.refreshToken()));

        assertThat(kinrealm.bus.published()).containsExactly(revoked(login));
    }

    @Test
    void logging_out_with_an_unknown_token_tells_no_one() {
        kinrealm.core.logOut().logOut(new LogOut("refresh-999"));
        kinrealm.core.logOut().logOut(new LogOut(null));

        assertThat(kinrealm.bus.published()).isEmpty();
    }

    @Test
    void a_replayed_refresh_token_tells_every_node_that_its_login_ended() {
        done(refresh(login.refreshToken()));
        assertThat(kinrealm.bus.published()).isEmpty();

        refresh(login.refreshToken());

        assertThat(kinrealm.bus.published()).containsExactly(revoked(login));
    }

    @Test
    void a_live_connection_is_accepted_while_its_login_lasts() {
        assertThat(done(kinrealm.core.authenticate().authenticateLive(login.accessToken())).username())
                .isEqualTo("Mira");
    }

    @Test
    void a_live_connection_is_refused_once_its_login_was_logged_out_though_the_token_has_not_expired() {
        kinrealm.core.logOut().logOut(new LogOut(login.refreshToken()));

        assertThat(rejected(kinrealm.core.authenticate().authenticateLive(login.accessToken())).reason())
                .isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
        assertThat(kinrealm.core.authenticate().authenticate(login.accessToken())).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_live_connection_is_refused_once_a_replay_ended_its_login() {
        SessionTokens renewed = done(refresh(login.refreshToken()));
        refresh(login.refreshToken());

        assertThat(rejected(kinrealm.core.authenticate().authenticateLive(renewed.accessToken())).reason())
                .isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }

    @Test
    void a_renewed_login_stays_live_and_other_logins_outlive_a_logout() {
        SessionTokens otherDevice = kinrealm.logIn("Mira", "dragonfire-oath");
        SessionTokens renewed = done(refresh(login.refreshToken()));

        kinrealm.core.logOut().logOut(new LogOut(otherDevice.refreshToken()));

        assertThat(kinrealm.core.authenticate().authenticateLive(renewed.accessToken()))
                .isInstanceOf(Outcome.Done.class);
        assertThat(kinrealm.core.authenticate().authenticateLive(login.accessToken()))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_live_check_refuses_an_invalid_token_like_any_other() {
        assertThat(rejected(kinrealm.core.authenticate().authenticateLive("access-999")).reason())
                .isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }
}
