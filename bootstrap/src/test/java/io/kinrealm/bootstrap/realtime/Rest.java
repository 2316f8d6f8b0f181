package io.kinrealm.bootstrap.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a player (or an operator reading metrics) does over HTTP with one node. */
final class Rest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    Rest(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Registers an account, logs in and creates a character. */
    Player newPlayer(String username, String characterName) {
        String password = "starlit-path-" + username.length() + "-42";
        post("/api/v1/auth/register", Map.of("username", username, "password", password), null, 201);
        Player loggedIn = logIn(new Player(username, password, "", "", "", ""));
        JsonNode character = post("/api/v1/characters", Map.of("name", characterName, "civilization", "solari"),
                loggedIn.accessToken(), 201).get("character");
        return new Player(username, password, loggedIn.accessToken(), loggedIn.refreshToken(),
                character.get("id").asText(), character.get("familyId").asText());
    }

    /** A new login of the same player: new tokens, the same character. */
    Player logIn(Player player) {
        JsonNode tokens = post("/api/v1/auth/login",
                Map.of("username", player.username(), "password", player.password()), null, 200);
        return player.withTokens(tokens.get("accessToken").asText(), tokens.get("refreshToken").asText());
    }

    /** Ends the player's login (the one its refresh token belongs to). */
    void logOut(Player player) {
        post("/api/v1/auth/logout", Map.of("refreshToken", player.refreshToken()), null, 204);
    }

    /** Acting as the player's character (its token and {@code X-Character-Id}), posts to a path and reads the reply. */
    JsonNode actAs(Player player, String path, Map<String, String> body, int expected) {
        return post(path, body, player.accessToken(), player.characterId(), expected);
    }

    /** Acting as the player's character, reads a path and its reply. */
    JsonNode getAs(Player player, String path) {
        String answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + player.accessToken())
                .header("X-Character-Id", player.characterId()).GET().build(), 200).body();
        try {
            return JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a gauge on the node's Prometheus page, such as {@code kinrealm_ws_connections}. */
    double gauge(String name) {
        String page = send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET().build(), 200).body();
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(page);
        if (!line.find()) {
            throw new AssertionError("no " + name + " on the metrics page");
        }
        return Double.parseDouble(line.group(1));
    }

    private JsonNode post(String path, Map<String, String> body, String token, int expected) {
        return post(path, body, token, null, expected);
    }

    private JsonNode post(String path, Map<String, String> body, String token, String character, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (character != null) {
            request.header("X-Character-Id", character);
        }
        String answer = send(request.build(), expected).body();
        try {
            return answer.isEmpty() ? JSON.nullNode() : JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String write(Map<String, String> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
