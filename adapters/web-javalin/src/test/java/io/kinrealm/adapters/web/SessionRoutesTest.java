package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.web.Players.Session;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionRoutesTest {
    private final WebFixture web = WebFixture.start();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_refresh_answers_a_new_pair_and_spends_the_old_refresh_token() {
        Session first = Players.newPlayer(web, "Aria");

        HttpResponse<String> refreshed = refresh(first.refreshToken());

        assertThat(refreshed.statusCode()).isEqualTo(200);
        Session second = Players.sessionOf(refreshed);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(web.get("/api/v1/me", second.bearer()).statusCode()).isEqualTo(200);
        assertThat(code(refresh(first.refreshToken()))).isEqualTo("refresh_token_reused");
    }

    @Test
    void reusing_a_spent_refresh_token_ends_the_login_including_its_successor() {
        Session first = Players.newPlayer(web, "Aria");
        Session second = Players.sessionOf(refresh(first.refreshToken()));

        HttpResponse<String> reuse = refresh(first.refreshToken());
        HttpResponse<String> successor = refresh(second.refreshToken());

        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(successor.statusCode()).isEqualTo(401);
    }

    @Test
    void ten_simultaneous_refreshes_with_one_token_yield_exactly_one_new_pair() {
        Session session = Players.newPlayer(web, "Aria");
        String body = "{\"refreshToken\":\"" + session.refreshToken() + "\"}";

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 10)
                .mapToObj(i -> web.client().sendAsync(web.request("/api/v1/auth/refresh",
                        "Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(),
                        BodyHandlers.ofString()))
                .toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 401).hasSize(9);
    }

    @Test
    void an_unknown_refresh_token_is_refused() {
        HttpResponse<String> response = refresh("never-issued");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("invalid_refresh_token");
    }

    @Test
    void a_refresh_without_its_token_is_a_validation_problem() {
        HttpResponse<String> response = web.postJson("/api/v1/auth/refresh", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).get("fields").get(0).get("field").asText()).isEqualTo("refreshToken");
    }

    @Test
    void logging_out_answers_no_content_and_the_refresh_token_stops_working() {
        Session session = Players.newPlayer(web, "Aria");

        HttpResponse<String> logout = web.postJson("/api/v1/auth/logout",
                Map.of("refreshToken", session.refreshToken()));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.body()).isEmpty();
        assertThat(refresh(session.refreshToken()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return web.postJson("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private static String code(HttpResponse<String> response) {
        return WebFixture.json(response).get("code").asText();
    }
}
