package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.web.Players.Session;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CharacterRoutesTest {
    private final WebFixture web = WebFixture.start();
    private final Session aria = Players.newPlayer(web, "Aria");

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_player_creates_a_character_and_is_told_where_it_lives() {
        HttpResponse<String> response = web.postJson("/api/v1/characters",
                Map.of("name", "Aria", "civilization", "drakari"), aria.bearer());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = WebFixture.json(response);
        String id = created.get("character").get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/characters/" + id);
        assertThat(created.get("character").get("civilization").asText()).isEqualTo("drakari");
        assertThat(created.get("character").get("devotion").get("chaos").asInt()).isEqualTo(20);
        assertThat(created.get("family").get("companions")).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("ashnar", "iril");
    }

    @Test
    void a_bad_name_and_an_unknown_civilization_are_both_reported() {
        HttpResponse<String> response = web.postJson("/api/v1/characters",
                Map.of("name", "R2D2", "civilization", "martian"), aria.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode fields = WebFixture.json(response).get("fields");
        assertThat(fields).extracting(f -> f.get("field").asText()).containsExactlyInAnyOrder("name", "civilization");
        assertThat(fields).extracting(f -> f.get("message").asText()).anySatisfy(
                message -> assertThat(message).contains("drakari"));
    }

    @Test
    void a_name_taken_by_someone_else_is_a_conflict() {
        Players.createCharacter(web, aria, "Kael", "solari");
        Session bram = Players.newPlayer(web, "Bram");

        HttpResponse<String> response = web.postJson("/api/v1/characters",
                Map.of("name", "KAEL", "civilization", "terran"), bram.bearer());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("character_name_taken");
    }

    @Test
    void creating_a_character_needs_a_login() {
        HttpResponse<String> response = web.postJson("/api/v1/characters",
                Map.of("name", "Kael", "civilization", "solari"));

        AccountRoutesTest.assertUnauthorized(response);
    }

    @Test
    void any_player_reads_a_character_by_id() {
        String id = Players.createCharacter(web, aria, "Kael", "solari");
        Session bram = Players.newPlayer(web, "Bram");

        HttpResponse<String> response = web.get("/api/v1/characters/" + id, bram.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebFixture.json(response).get("name").asText()).isEqualTo("Kael");
    }

    @Test
    void a_malformed_character_id_is_a_bad_request_and_an_unknown_one_is_not_found() {
        HttpResponse<String> malformed = web.get("/api/v1/characters/not-an-id", aria.bearer());
        HttpResponse<String> unknown = web.get("/api/v1/characters/" + UUID.randomUUID(), aria.bearer());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(malformed).get("fields").get(0).get("field").asText()).isEqualTo("id");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(unknown).get("code").asText()).isEqualTo("character_not_found");
    }

    @Test
    void a_player_lists_only_their_own_characters_oldest_first() {
        Players.createCharacter(web, aria, "Kael", "solari");
        Players.createCharacter(web, aria, "Lyra", "sylvan");
        Players.createCharacter(web, Players.newPlayer(web, "Bram"), "Brom", "ferric");

        HttpResponse<String> response = web.get("/api/v1/characters", aria.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebFixture.json(response)).extracting(c -> c.get("name").asText()).containsExactly("Kael", "Lyra");
    }

    @Test
    void anyone_reads_the_civilizations_without_logging_in() {
        HttpResponse<String> response = web.get("/api/v1/civilizations");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode civilizations = WebFixture.json(response);
        assertThat(civilizations).hasSize(9);
        assertThat(civilizations).extracting(c -> c.get("id").asText()).contains("solari", "drakari", "umbral");
    }
}
