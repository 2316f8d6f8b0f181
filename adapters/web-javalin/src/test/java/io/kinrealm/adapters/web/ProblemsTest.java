package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every failure leaves as problem+json with a stable code, never as an HTML or plain-text error page. */
class ProblemsTest {
    private static final String SECRET_MESSAGE = "database password is hunter2";

    @Test
    void a_body_over_64_kib_is_refused_as_too_large() {
        try (WebFixture web = WebFixture.start()) {
            String big = "{\"username\":\"" + "a".repeat(70 * 1024) + "\"}";

            assertProblem(web.postJson("/api/v1/auth/register", big), 413, "payload_too_large");
        }
    }

    @Test
    void a_streamed_body_over_64_kib_is_cut_off_as_too_large() {
        try (WebFixture web = WebFixture.start()) {
            byte[] big = ("{\"username\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes();

            HttpResponse<String> response = web.post("/api/v1/auth/register",
                    BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
                    "Content-Type", "application/json");

            assertProblem(response, 413, "payload_too_large");
        }
    }

    @Test
    void a_body_that_is_not_json_is_an_unsupported_media_type() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.post("/api/v1/auth/register",
                    BodyPublishers.ofString("username=aria"), "Content-Type", "text/plain");

            assertProblem(response, 415, "unsupported_media_type");
        }
    }

    @Test
    void malformed_json_a_missing_body_and_a_non_object_are_validation_problems() {
        try (WebFixture web = WebFixture.start()) {
            JsonNode malformed = assertProblem(web.postJson("/api/v1/auth/login", "{\"username\":"), 400,
                    "validation_failed");
            JsonNode missing = assertProblem(web.postJson("/api/v1/auth/login", ""), 400, "validation_failed");
            JsonNode array = assertProblem(web.postJson("/api/v1/auth/login", "[1,2]"), 400, "validation_failed");

            assertThat(malformed.get("fields").get(0).get("code").asText()).isEqualTo("malformed_json");
            assertThat(missing.get("fields").get(0).get("code").asText()).isEqualTo("required");
            assertThat(array.get("fields").get(0).get("code").asText()).isEqualTo("not_an_object");
        }
    }

    @Test
    void fields_of_the_wrong_type_are_named() {
        try (WebFixture web = WebFixture.start()) {
            JsonNode problem = assertProblem(web.postJson("/api/v1/auth/register",
                    "{\"username\":42,\"password\":[\"x\"]}"), 400, "validation_failed");

            assertThat(problem.get("fields")).extracting(f -> f.get("field").asText() + ":" + f.get("code").asText())
                    .containsExactlyInAnyOrder("username:not_a_string", "password:not_a_string");
        }
    }

    @Test
    void an_unknown_route_is_a_not_found_problem() {
        try (WebFixture web = WebFixture.start()) {
            JsonNode problem = assertProblem(web.get("/api/v1/dragons"), 404, "not_found");

            assertThat(problem.get("type").asText()).isEqualTo("https://kinrealm.io/problems/not_found");
            assertProblem(web.get("/favicon.ico", "Accept", "text/html"), 404, "not_found");
        }
    }

    @Test
    void a_known_path_with_the_wrong_method_is_not_allowed() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.send(web.request("/api/v1/auth/login").DELETE().build());

            assertProblem(response, 405, "method_not_allowed");
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        }
    }

    @Test
    void an_unexpected_failure_is_an_internal_error_that_reveals_nothing() {
        WebFixture.Options failing = WebFixture.Options.defaults()
                .withUseCases(WebFixture.civilizations(() -> {
                    throw new IllegalStateException(SECRET_MESSAGE);
                }));
        try (WebFixture web = WebFixture.start(failing)) {
            HttpResponse<String> response = web.get("/api/v1/civilizations");

            assertProblem(response, 500, "internal_error");
            assertThat(response.body()).doesNotContain(SECRET_MESSAGE, "IllegalStateException", "at io.");
        }
    }

    @Test
    void an_error_of_the_jvm_is_an_internal_error_that_reveals_nothing_either() {
        WebFixture.Options failing = WebFixture.Options.defaults()
                .withUseCases(WebFixture.civilizations(() -> {
                    throw new StackOverflowError(SECRET_MESSAGE);
                }));
        try (WebFixture web = WebFixture.start(failing)) {
            HttpResponse<String> response = web.get("/api/v1/civilizations");

            assertProblem(response, 500, "internal_error");
            assertThat(response.body()).doesNotContain(SECRET_MESSAGE, "StackOverflowError");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void a_failing_dependency_is_service_unavailable_and_named() {
        WebFixture.Options failing = WebFixture.Options.defaults().withUseCases(WebFixture.civilizations(() -> {
            throw new InfrastructureException("postgresql", SECRET_MESSAGE, null);
        }));
        try (WebFixture web = WebFixture.start(failing)) {
            HttpResponse<String> response = web.get("/api/v1/civilizations");

            JsonNode problem = assertProblem(response, 503, "service_unavailable");
            assertThat(problem.get("detail").asText()).contains("postgresql");
            assertThat(response.body()).doesNotContain(SECRET_MESSAGE);
        }
    }

    @Test
    void a_dependency_failing_before_the_route_runs_is_service_unavailable_too() {
        WebFixture.Options failing = WebFixture.Options.defaults().withUseCases(WebFixture.throttle((ip, group) -> {
            throw new InfrastructureException("redis", "connection refused", null);
        }));
        try (WebFixture web = WebFixture.start(failing)) {
            JsonNode problem = assertProblem(web.get("/api/v1/civilizations"), 503, "service_unavailable");

            assertThat(problem.get("detail").asText()).contains("redis");
        }
    }

    @Test
    void a_request_jetty_cannot_accept_is_answered_with_a_problem_too() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.get("/api/v1/civilizations", "X-Padding", "p".repeat(16 * 1024));

            assertThat(response.statusCode()).isEqualTo(431);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.PROBLEM_JSON);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(WebFixture.json(response).get("requestId").asText()).isNotBlank();
        }
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.PROBLEM_JSON);
        JsonNode problem = WebFixture.json(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo("https://kinrealm.io/problems/" + code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("requestId").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return problem;
    }
}
