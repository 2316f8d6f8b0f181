package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.web.Players.Session;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.domain.shared.AccountId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /api/v1/admin/audit}: Aria, an operator by configuration, reads back what operators did. */
class AuditLogRoutesTest {
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String ROLES = "/api/v1/admin/roles";
    private final WebFixture web = WebFixture.start(
            WebFixture.Options.defaults().withRoles(new ConfiguredRoles(Set.of("aria"), Set.of())));
    private final String ariaId = Players.register(web, "Aria").get("id").asText();
    private final Session aria = Players.logIn(web, "Aria");

    @AfterEach
    void stop() {
        web.close();
    }

    private static JsonNode entries(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WebFixture.json(response).get("entries");
    }

    @Test
    void a_grant_and_its_revocation_read_back_newest_first() {
        Players.register(web, "Bran");
        web.postJson(ROLES, Map.of("username", "Bran", "role", "moderator"), aria.bearer());
        web.clock.advance(Duration.ofMinutes(3));
        web.send(web.request(ROLES + "/Bran/moderator", aria.bearer()).DELETE().build());

        JsonNode entries = entries(web.get(AUDIT, aria.bearer()));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("role.revoked");
        assertThat(entries.get(0).get("at").asText()).isEqualTo("2026-11-25T10:03:00Z");
        assertThat(entries.get(1).get("action").asText()).isEqualTo("role.granted");
        assertThat(entries.get(1).get("at").asText()).isEqualTo("2026-11-25T10:00:00Z");
        for (JsonNode entry : entries) {
            assertThat(entry.get("actorId").asText()).isEqualTo(ariaId);
            assertThat(entry.get("actorUsername").asText()).isEqualTo("Aria");
            assertThat(entry.get("target").asText()).isEqualTo("Bran");
            assertThat(entry.get("detail").asText()).isEqualTo("moderator");
        }
    }

    @Test
    void fifty_entries_come_back_by_default_and_a_limit_narrows_them_to_the_newest() {
        AccountId actor = new AccountId(UUID.randomUUID());
        for (int i = 1; i <= 60; i++) {
            web.auditLog.append(new AuditEntry(web.clock.now(), actor, "Mira", AuditEntry.ROLE_GRANTED,
                    "player" + i, "moderator"));
        }

        assertThat(entries(web.get(AUDIT, aria.bearer()))).hasSize(50);
        assertThat(entries(web.get(AUDIT + "?limit=2", aria.bearer())))
                .extracting(entry -> entry.get("target").asText()).containsExactly("player60", "player59");
        assertThat(entries(web.get(AUDIT + "?limit=100", aria.bearer()))).hasSize(60);
    }

    @Test
    void an_empty_log_reads_as_no_entries() {
        assertThat(entries(web.get(AUDIT, aria.bearer()))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, range", "101, range", "-5, range", "many, malformed", "'', malformed", "2.5, malformed"})
    void a_limit_that_is_not_1_to_100_is_a_validation_failure_naming_the_limit(String limit, String code) {
        HttpResponse<String> response = web.get(AUDIT + "?limit=" + limit, aria.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = WebFixture.json(response);
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("fields").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(problem.get("fields").get(0).get("code").asText()).isEqualTo(code);
    }

    @Test
    void a_player_who_is_not_an_operator_is_forbidden() {
        Session bran = Players.newPlayer(web, "Bran");

        HttpResponse<String> response = web.get(AUDIT, bran.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("operators_only");
    }

    @Test
    void reading_without_a_token_is_unauthorized() {
        assertThat(web.get(AUDIT).statusCode()).isEqualTo(401);
    }
}
