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

class AdminRoutesTest {
    private static final String ROLES = "/api/v1/admin/roles";
    private final WebFixture web = WebFixture.start(
            WebFixture.Options.defaults().withRoles(new ConfiguredRoles(Set.of("aria"), Set.of())));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_configured_operator_grants_a_role_that_the_grantees_next_login_carries_and_it_is_audited() {
        Session aria = Players.newPlayer(web, "Aria");
        Players.register(web, "Bran");

        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", "BRAN", "role", "moderator"),
                aria.bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(Players.rolesIn(Players.logIn(web, "Bran"))).containsExactly("moderator", "player");
        assertThat(web.auditLog.latest(5)).singleElement().satisfies(entry -> {
            assertThat(entry.actorUsername()).isEqualTo("Aria");
            assertThat(entry.action()).isEqualTo(AuditEntry.ROLE_GRANTED);
            assertThat(entry.target()).isEqualTo("Bran");
            assertThat(entry.detail()).isEqualTo("moderator");
        });
    }

    @Test
    void a_configured_operators_token_carries_the_operator_role() {
        assertThat(Players.rolesIn(Players.newPlayer(web, "ARIA"))).containsExactly("operator", "player");
    }

    @Test
    void a_player_who_is_not_an_operator_is_forbidden_and_nothing_is_audited() {
        Players.register(web, "Bran");
        Session bran = Players.logIn(web, "Bran");

        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", "Bran", "role", "operator"),
                bran.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("operators_only");
        assertThat(web.auditLog.latest(5)).isEmpty();
    }

    @Test
    void granting_without_a_token_is_unauthorized() {
        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", "Bran", "role", "operator"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void granting_to_an_unknown_username_is_not_found() {
        Session aria = Players.newPlayer(web, "Aria");

        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", "Nobody", "role", "moderator"),
                aria.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("account_not_found");
    }

    @Test
    void an_unknown_role_is_a_validation_failure_naming_the_role_field() {
        Session aria = Players.newPlayer(web, "Aria");
        Players.register(web, "Bran");

        HttpResponse<String> response = web.postJson(ROLES, Map.of("username", "Bran", "role", "king"),
                aria.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).get("fields").get(0).get("field").asText()).isEqualTo("role");
    }
}
