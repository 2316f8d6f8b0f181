package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.web.Players.Session;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.audit.port.out.AuditEntry;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/admin/interventions}: Aria, an operator by configuration, calls on the gods. */
class InterventionRoutesTest {
    private static final String INTERVENTIONS = "/api/v1/admin/interventions";
    private final WebFixture web = WebFixture.start(
            WebFixture.Options.defaults().withRoles(new ConfiguredRoles(Set.of("aria"), Set.of())));
    private final Session aria;

    InterventionRoutesTest() {
        Players.register(web, "Aria");
        aria = Players.logIn(web, "Aria");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void an_operator_calls_on_the_void_over_a_region_and_it_is_audited() {
        HttpResponse<String> response = web.postJson(INTERVENTIONS, Map.of("faction", "void", "region", "5.12"),
                aria.bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode view = WebFixture.json(response);
        assertThat(view.get("faction").asText()).isEqualTo("void");
        assertThat(view.get("intervention").asText()).isEqualTo("veil");
        assertThat(view.get("region").asText()).isEqualTo("5.12");
        assertThat(web.auditLog.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditEntry.DIVINE_INTERVENTION);
            assertThat(entry.target()).isEqualTo("void");
            assertThat(entry.detail()).isEqualTo("5.12");
        });
    }

    @Test
    void a_player_may_not_call_on_the_gods() {
        Session bran = Players.newPlayer(web, "Bran");

        HttpResponse<String> response = web.postJson(INTERVENTIONS, Map.of("faction", "order"), bran.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("operators_only");
        assertThat(web.auditLog.latest(5)).isEmpty();
    }

    @Test
    void a_missing_faction_and_a_region_off_the_map_are_named() {
        HttpResponse<String> missing = web.postJson(INTERVENTIONS, Map.of("region", "5.12"), aria.bearer());
        HttpResponse<String> offTheMap = web.postJson(INTERVENTIONS, Map.of("faction", "chaos", "region", "99"),
                aria.bearer());

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(missing).at("/fields/0/field").asText()).isEqualTo("faction");
        assertThat(offTheMap.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(offTheMap).at("/fields/0/field").asText()).isEqualTo("region");
    }
}
