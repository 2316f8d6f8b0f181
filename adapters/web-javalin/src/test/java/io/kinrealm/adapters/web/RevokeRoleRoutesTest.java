package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.web.Players.Session;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.audit.port.out.AuditEntry;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DELETE /api/v1/admin/roles/{username}/{role}}: Aria, an operator by configuration, lowers Bran again. */
class RevokeRoleRoutesTest {
    private static final String ROLES = "/api/v1/admin/roles";
    private final WebFixture web = WebFixture.start(
            WebFixture.Options.defaults().withRoles(new ConfiguredRoles(Set.of("aria"), Set.of())));
    private final Session aria = Players.newPlayer(web, "Aria");

    @AfterEach
    void stop() {
        web.close();
    }

    private void grant(String username, String role) {
        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", username, "role", role),
                aria.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private HttpResponse<String> revoke(String username, String role, String... headers) {
        return web.send(web.request(ROLES + "/" + username + "/" + role, headers).DELETE().build());
    }

    @Test
    void a_revoked_moderators_next_login_no_longer_carries_the_role_and_the_revocation_is_audited() {
        Players.register(web, "Bran");
        grant("Bran", "moderator");
        Session moderator = Players.logIn(web, "Bran");

        HttpResponse<String> response = revoke("bran", "moderator", aria.bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(Players.rolesIn(Players.logIn(web, "Bran"))).containsExactly("player");
        assertThat(Players.rolesIn(moderator)).as("a token already issued keeps its roles until it expires")
                .contains("moderator");
        assertThat(web.auditLog.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actorUsername()).isEqualTo("Aria");
            assertThat(entry.action()).isEqualTo(AuditEntry.ROLE_REVOKED);
            assertThat(entry.target()).isEqualTo("Bran");
            assertThat(entry.detail()).isEqualTo("moderator");
        });
    }

    @Test
    void a_player_who_is_not_an_operator_is_forbidden_and_the_role_stays() {
        Players.register(web, "Bran");
        grant("Bran", "moderator");
        Session cara = Players.newPlayer(web, "Cara");

        HttpResponse<String> response = revoke("Bran", "moderator", cara.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("operators_only");
        assertThat(Players.rolesIn(Players.logIn(web, "Bran"))).contains("moderator");
        assertThat(web.auditLog.latest(5)).extracting(AuditEntry::action).containsOnly(AuditEntry.ROLE_GRANTED);
    }

    @Test
    void revoking_without_a_token_is_unauthorized() {
        assertThat(revoke("Bran", "moderator").statusCode()).isEqualTo(401);
    }

    @Test
    void revoking_from_an_unknown_username_is_not_found() {
        HttpResponse<String> response = revoke("Nobody", "moderator", aria.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("account_not_found");
    }

    @Test
    void revoking_a_role_the_account_does_not_hold_is_not_found_as_role_not_held() {
        Players.register(web, "Bran");

        HttpResponse<String> response = revoke("Bran", "moderator", aria.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("role_not_held");
        assertThat(web.auditLog.latest(5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"player", "king"})
    void the_player_role_and_unknown_roles_cannot_be_revoked(String role) {
        Players.register(web, "Bran");

        HttpResponse<String> response = revoke("Bran", role, aria.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("validation_failed");
        assertThat(WebFixture.json(response).get("fields").get(0).get("field").asText()).isEqualTo("role");
    }

    @Test
    void an_operator_cannot_revoke_their_own_operator_role() {
        Players.register(web, "Bran");
        grant("Bran", "operator");
        Session bran = Players.logIn(web, "Bran");

        HttpResponse<String> response = revoke("Bran", "operator", bran.bearer());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("cannot_revoke_own_operator_role");
        assertThat(Players.rolesIn(Players.logIn(web, "Bran"))).contains("operator");
    }

    @Test
    void an_operator_role_given_by_configuration_is_not_revoked_and_the_problem_says_why() {
        Players.register(web, "Bran");
        grant("Bran", "operator");
        Session bran = Players.logIn(web, "Bran");

        HttpResponse<String> response = revoke("Aria", "operator", bran.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("role_not_held");
        assertThat(WebFixture.json(response).get("detail").asText()).contains("configuration");
        assertThat(Players.rolesIn(Players.logIn(web, "Aria"))).contains("operator");
    }
}
