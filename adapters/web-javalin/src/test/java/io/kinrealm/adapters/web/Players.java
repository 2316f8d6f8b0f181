package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Steps a player takes through the API, for tests that need an account, a login or a character first. */
final class Players {
    static final String PASSWORD = "correct horse battery";

    /** What a player holds after logging in. */
    record Session(String accessToken, String refreshToken) {
        String[] bearer() {
            return new String[] {"Authorization", "Bearer " + accessToken};
        }

        String[] actingAs(String characterId) {
            return new String[] {"Authorization", "Bearer " + accessToken, "X-Character-Id", characterId};
        }
    }

    private Players() {
    }

    static JsonNode register(WebFixture web, String username) {
        HttpResponse<String> response = web.postJson("/api/v1/auth/register",
                Map.of("username", username, "password", PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return WebFixture.json(response);
    }

    static Session logIn(WebFixture web, String username) {
        HttpResponse<String> response = web.postJson("/api/v1/auth/login",
                Map.of("username", username, "password", PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return sessionOf(response);
    }

    static Session newPlayer(WebFixture web, String username) {
        register(web, username);
        return logIn(web, username);
    }

    /** The role ids claimed in a session's access token, as the server will read them until the token expires. */
    static List<String> rolesIn(Session session) {
        String payload = session.accessToken().split("\\.")[1];
        try {
            List<String> roles = new ArrayList<>();
            WebFixture.JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("roles")
                    .forEach(role -> roles.add(role.asText()));
            return roles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Session sessionOf(HttpResponse<String> response) {
        JsonNode tokens = WebFixture.json(response);
        return new Session(tokens.get("accessToken").asText(), tokens.get("refreshToken").asText());
    }

    /** Creates a character and answers its id. */
    static String createCharacter(WebFixture web, Session session, String name, String civilization) {
        return create(web, session, name, civilization).get("character").get("id").asText();
    }

    /** Creates a character and answers what the server said: {@code {character, family}}. */
    static JsonNode create(WebFixture web, Session session, String name, String civilization) {
        HttpResponse<String> response = web.postJson("/api/v1/characters",
                Map.of("name", name, "civilization", civilization), session.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return WebFixture.json(response);
    }
}
