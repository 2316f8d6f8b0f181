package io.kinrealm.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A player's view of a running server over HTTP, for the end-to-end tests of the wiring. */
final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ServerClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, JsonNode body) {
    }

    Answer post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Answer get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body);
    }

    /** Registers, logs in and answers the access token. */
    String newPlayer(String username, String password) throws IOException, InterruptedException {
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        post("/api/v1/auth/register", credentials, null);
        return logIn(username, password);
    }

    String logIn(String username, String password) throws IOException, InterruptedException {
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        Answer login = post("/api/v1/auth/login", credentials, null);
        if (login.status() != 200) {
            throw new AssertionError("login refused: " + login);
        }
        return login.body().get("accessToken").asText();
    }
}
