package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.web.Players.Session;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActingCharacterTest {
    private final WebFixture web = WebFixture.start();
    private final Session aria = Players.newPlayer(web, "Aria");
    private final String kael = Players.createCharacter(web, aria, "Kael", "solari");

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_player_acts_as_their_own_character() {
        HttpResponse<String> response = web.get("/api/v1/me/character", aria.actingAs(kael));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebFixture.json(response).get("id").asText()).isEqualTo(kael);
    }

    @Test
    void acting_without_naming_a_character_is_a_bad_request() {
        JsonNode problem = problem(web.get("/api/v1/me/character", aria.bearer()), 400);

        assertThat(problem.get("fields").get(0).get("field").asText()).isEqualTo("X-Character-Id");
        assertThat(problem.get("fields").get(0).get("code").asText()).isEqualTo("required");
    }

    @Test
    void acting_as_a_malformed_character_id_is_a_bad_request() {
        JsonNode problem = problem(web.get("/api/v1/me/character", aria.actingAs("kael")), 400);

        assertThat(problem.get("fields").get(0).get("code").asText()).isEqualTo("malformed");
    }

    @Test
    void acting_as_another_players_character_is_forbidden() {
        String brom = Players.createCharacter(web, Players.newPlayer(web, "Bram"), "Brom", "ferric");

        JsonNode problem = problem(web.get("/api/v1/me/character", aria.actingAs(brom)), 403);

        assertThat(problem.get("code").asText()).isEqualTo("not_your_character");
    }

    @Test
    void acting_as_a_character_that_does_not_exist_is_forbidden_too() {
        JsonNode problem = problem(web.get("/api/v1/me/character", aria.actingAs(UUID.randomUUID().toString())), 403);

        assertThat(problem.get("code").asText()).isEqualTo("not_your_character");
    }

    @Test
    void acting_needs_a_login_before_anything_else() {
        AccountRoutesTest.assertUnauthorized(web.get("/api/v1/me/character", "X-Character-Id", kael));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.PROBLEM_JSON);
        return WebFixture.json(response);
    }
}
