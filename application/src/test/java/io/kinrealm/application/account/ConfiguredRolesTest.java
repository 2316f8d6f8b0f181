package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.account.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfiguredRolesTest {
    private final TestCore kinrealm = new TestCore(new ConfiguredRoles(Set.of(" Mira "), Set.of("mira", "TOBIN")));

    @Test
    void a_configured_operator_logs_in_with_the_operator_role_in_the_token() {
        kinrealm.register("Mira", "dragonfire-oath");
        SessionTokens tokens = kinrealm.logIn("Mira", "dragonfire-oath");

        assertThat(done(kinrealm.core.authenticate().authenticate(tokens.accessToken())).roles())
                .containsExactlyInAnyOrder(Role.PLAYER, Role.MODERATOR, Role.OPERATOR);
    }

    @Test
    void configured_roles_match_usernames_ignoring_case_and_stay_after_a_refresh() {
        kinrealm.register("tobin", "dragonfire-oath");
        SessionTokens first = kinrealm.logIn("tobin", "dragonfire-oath");
        SessionTokens renewed = done(kinrealm.core.refreshSession().refresh(new RefreshSession(first.refreshToken())));

        assertThat(done(kinrealm.core.authenticate().authenticate(renewed.accessToken())).roles())
                .containsExactlyInAnyOrder(Role.PLAYER, Role.MODERATOR);
    }

    @Test
    void an_account_configuration_does_not_name_is_a_player_only() {
        kinrealm.register("Ysolde", "dragonfire-oath");
        SessionTokens tokens = kinrealm.logIn("Ysolde", "dragonfire-oath");

        assertThat(done(kinrealm.core.authenticate().authenticate(tokens.accessToken())).roles())
                .containsExactly(Role.PLAYER);
    }
}
