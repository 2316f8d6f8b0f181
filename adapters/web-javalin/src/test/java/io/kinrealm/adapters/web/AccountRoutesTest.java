package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinrealm.adapters.web.Players.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountRoutesTest {
    private final WebFixture web = WebFixture.start();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_newcomer_registers_and_gets_their_account_back() {
        HttpResponse<String> response = web.postJson("/api/v1/auth/register",
                Map.of("username", "Aria", "password", Players.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode account = WebFixture.json(response);
        assertThat(account.get("username").asText()).isEqualTo("Aria");
        assertThat(account.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(account.get("roles")).extracting(JsonNode::asText).containsExactly("player");
        assertThat(account.get("createdAt").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(account.has("password")).isFalse();
    }

    @Test
    void a_short_password_is_refused_with_the_field_named() {
        JsonNode problem = refusedRegistration("Aria", "short", 400);

        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("fields").get(0).get("field").asText()).isEqualTo("password");
        assertThat(problem.get("fields").get(0).get("code").asText()).isEqualTo("too_short");
    }

    @Test
    void a_password_of_73_bytes_is_refused_rather_than_shortened() {
        JsonNode problem = refusedRegistration("Aria", "a".repeat(73), 400);

        JsonNode field = problem.get("fields").get(0);
        assertThat(field.get("field").asText()).isEqualTo("password");
        assertThat(field.get("code").asText()).isEqualTo("too_long");
        assertThat(field.get("message").asText()).contains("72 bytes").contains("never shortened");
    }

    @Test
    void a_malformed_username_is_refused_with_every_bad_field_listed() {
        JsonNode problem = refusedRegistration("no spaces!", "short", 400);

        assertThat(problem.get("fields")).extracting(f -> f.get("field").asText())
                .containsExactlyInAnyOrder("username", "password");
        assertThat(problem.get("type").asText()).isEqualTo("https://kinrealm.io/problems/validation_failed");
    }

    @Test
    void a_username_taken_in_another_case_is_a_conflict() {
        Players.register(web, "Aria");

        JsonNode problem = refusedRegistration("aRIA", Players.PASSWORD, 409);

        assertThat(problem.get("code").asText()).isEqualTo("username_taken");
    }

    @Test
    void logging_in_answers_an_access_and_a_refresh_token() {
        Players.register(web, "Aria");

        HttpResponse<String> response = web.postJson("/api/v1/auth/login",
                Map.of("username", "Aria", "password", Players.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = WebFixture.json(response);
        assertThat(tokens.get("accessToken").asText()).isNotBlank();
        assertThat(tokens.get("refreshToken").asText()).isNotBlank();
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer() {
        Players.register(web, "Aria");

        HttpResponse<String> unknown = web.postJson("/api/v1/auth/login",
                Map.of("username", "Nobody", "password", Players.PASSWORD));
        HttpResponse<String> wrong = web.postJson("/api/v1/auth/login",
                Map.of("username", "Aria", "password", "not the password"));

        assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
        assertThat(withoutRequestId(unknown)).isEqualTo(withoutRequestId(wrong));
        assertThat(WebFixture.json(wrong).get("code").asText()).isEqualTo("invalid_credentials");
    }

    @Test
    void a_player_reads_their_own_account() {
        Session session = Players.newPlayer(web, "Aria");

        HttpResponse<String> response = web.get("/api/v1/me", session.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebFixture.json(response).get("username").asText()).isEqualTo("Aria");
    }

    @Test
    void without_a_token_the_account_is_not_shown() {
        assertUnauthorized(web.get("/api/v1/me"));
        assertUnauthorized(web.get("/api/v1/me", "Authorization", "Basic QXJpYTpwdw=="));
    }

    @Test
    void a_garbage_token_is_refused() {
        assertUnauthorized(web.get("/api/v1/me", "Authorization", "Bearer not.a.jwt"));
    }

    @Test
    void an_access_token_older_than_fifteen_minutes_is_refused() {
        Session session = Players.newPlayer(web, "Aria");
        web.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertUnauthorized(web.get("/api/v1/me", session.bearer()));
    }

    @Test
    void a_refresh_token_does_not_work_as_an_access_token() {
        Session session = Players.newPlayer(web, "Aria");

        assertUnauthorized(web.get("/api/v1/me", "Authorization", "Bearer " + session.refreshToken()));
    }

    private JsonNode refusedRegistration(String username, String password, int status) {
        HttpResponse<String> response = web.postJson("/api/v1/auth/register",
                Map.of("username", username, "password", password));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.PROBLEM_JSON);
        return WebFixture.json(response);
    }

    static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("invalid_access_token");
    }

    private static JsonNode withoutRequestId(HttpResponse<String> response) {
        ObjectNode body = (ObjectNode) WebFixture.json(response);
        assertThat(body.get("requestId").asText()).isNotBlank();
        body.remove("requestId");
        return body;
    }
}
