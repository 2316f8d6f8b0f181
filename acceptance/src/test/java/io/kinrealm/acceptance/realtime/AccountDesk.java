package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What a player does outside the game client, over a node's REST API: open an account, log in, create a character,
 * log out. Every request must succeed; anything else fails the scenario with the server's answer.
 */
final class AccountDesk {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String base;

    AccountDesk(int nodePort) {
        this.base = "http://127.0.0.1:" + nodePort + "/api/v1";
    }

    /** The tokens of one login. */
    record Login(String accessToken, String refreshToken) {
    }

    /** A character just created, with the family it heads. */
    record Birth(String characterId, String familyId) {
    }

    /** Opens an account and logs in to it. */
    Login openAccountAndLogIn(String username, String password) {
        ObjectNode credentials = JSON.createObjectNode().put("username", username).put("password", password);
        post("/auth/register", credentials, null, 201);
        JsonNode login = post("/auth/login", credentials, null, 200);
        return new Login(login.path("accessToken").asText(), login.path("refreshToken").asText());
    }

    Birth createCharacter(Login login, String name, String civilization) {
        ObjectNode character = JSON.createObjectNode().put("name", name).put("civilization", civilization);
        JsonNode created = post("/characters", character, login.accessToken(), 201);
        return new Birth(created.path("character").path("id").asText(), created.path("family").path("id").asText());
    }

    /** Ends the login: every token of it stops working. */
    void logOut(Login login) {
        post("/auth/logout", JSON.createObjectNode().put("refreshToken", login.refreshToken()), null, 204);
    }

    private JsonNode post(String path, ObjectNode body, String accessToken, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST %s answered %s", path, response.body())
                    .isEqualTo(expectedStatus);
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
