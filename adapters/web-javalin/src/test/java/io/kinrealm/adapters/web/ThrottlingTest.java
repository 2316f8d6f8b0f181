package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.ratelimit.port.in.RateLimit;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThrottlingTest {
    private static final Map<String, String> WRONG_LOGIN = Map.of("username", "Aria", "password", "not the password");

    private final WebFixture web = WebFixture.start(WebFixture.Options.defaults().withRateLimits(Map.of(
            "auth", new RateLimit(3, Duration.ofMinutes(1)),
            "api", new RateLimit(5, Duration.ofMinutes(1)))));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void auth_answers_tell_the_client_its_allowance() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> response = web.postJson("/api/v1/auth/login", WRONG_LOGIN);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(header(response, "RateLimit-Limit")).isEqualTo(3);
            assertThat(header(response, "RateLimit-Remaining")).isEqualTo(remaining);
            assertThat(header(response, "RateLimit-Reset")).isBetween(1L, 60L);
        }
    }

    @Test
    void one_request_over_the_auth_limit_is_refused_with_when_to_retry() {
        for (int i = 0; i < 3; i++) {
            web.postJson("/api/v1/auth/login", WRONG_LOGIN);
        }

        HttpResponse<String> refused = web.postJson("/api/v1/auth/register",
                Map.of("username", "Aria", "password", Players.PASSWORD));

        ProblemsTest.assertProblem(refused, 429, "rate_limited");
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(header(refused, "RateLimit-Remaining")).isZero();
        assertThat(header(refused, "RateLimit-Limit")).isEqualTo(3);
    }

    @Test
    void a_new_window_admits_the_client_again() {
        for (int i = 0; i < 4; i++) {
            web.postJson("/api/v1/auth/login", WRONG_LOGIN);
        }
        web.clock.advance(Duration.ofMinutes(1));

        assertThat(web.postJson("/api/v1/auth/login", WRONG_LOGIN).statusCode()).isEqualTo(401);
    }

    @Test
    void the_other_api_routes_have_their_own_allowance() {
        for (int i = 0; i < 4; i++) {
            web.postJson("/api/v1/auth/login", WRONG_LOGIN);
        }

        HttpResponse<String> civilizations = web.get("/api/v1/civilizations");
        HttpResponse<String> character = web.get("/api/v1/characters/" + UUID.randomUUID());

        assertThat(civilizations.statusCode()).isEqualTo(200);
        assertThat(header(civilizations, "RateLimit-Limit")).isEqualTo(5);
        assertThat(header(character, "RateLimit-Limit")).isEqualTo(5);
        assertThat(header(character, "RateLimit-Remaining")).isEqualTo(3);
    }

    @Test
    void health_metrics_and_the_api_description_are_never_limited() {
        for (int i = 0; i < 8; i++) {
            for (String path : new String[] {"/health/live", "/health/ready", "/metrics", "/openapi.json"}) {
                HttpResponse<String> response = web.get(path);

                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("RateLimit-Limit")).as(path).isEmpty();
            }
        }
    }

    private static long header(HttpResponse<String> response, String name) {
        return Long.parseLong(response.headers().firstValue(name).orElseThrow(() -> new AssertionError(name)));
    }
}
