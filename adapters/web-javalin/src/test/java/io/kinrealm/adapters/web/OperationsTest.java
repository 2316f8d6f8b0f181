package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.application.health.port.out.DependencyProbe;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What operators and orchestrators read: liveness, readiness, metrics. */
class OperationsTest {

    /** A dependency the test switches on and off. */
    record FakeProbe(String name, AtomicBoolean up) implements DependencyProbe {
        @Override
        public boolean isUp() {
            return up.get();
        }
    }

    @Test
    void a_live_server_says_so() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.get("/health/live");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(WebFixture.json(response).get("status").asText()).isEqualTo("up");
        }
    }

    @Test
    void a_server_whose_dependencies_answer_is_ready() {
        AtomicBoolean up = new AtomicBoolean(true);
        try (WebFixture web = WebFixture.start(WebFixture.Options.defaults()
                .withProbes(List.of(new FakeProbe("postgresql", up), new FakeProbe("redis", up))))) {
            HttpResponse<String> response = web.get("/health/ready");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = WebFixture.json(response);
            assertThat(body.get("status").asText()).isEqualTo("ready");
            assertThat(body.get("dependencies").get("postgresql").asText()).isEqualTo("up");
            assertThat(body.get("dependencies").get("redis").asText()).isEqualTo("up");
        }
    }

    @Test
    void a_server_with_a_dependency_down_is_not_ready_and_names_it() {
        AtomicBoolean postgres = new AtomicBoolean(true);
        try (WebFixture web = WebFixture.start(WebFixture.Options.defaults().withProbes(List.of(
                new FakeProbe("postgresql", postgres), new FakeProbe("redis", new AtomicBoolean(true)))))) {
            postgres.set(false);

            HttpResponse<String> response = web.get("/health/ready");

            JsonNode problem = ProblemsTest.assertProblem(response, 503, "service_unavailable");
            assertThat(problem.get("detail").asText()).isEqualTo("postgresql is down");
            assertThat(problem.get("dependencies").get("postgresql").asText()).isEqualTo("down");
            assertThat(problem.get("dependencies").get("redis").asText()).isEqualTo("up");
        }
    }

    @Test
    void metrics_time_requests_by_route_template_and_status() {
        try (WebFixture web = WebFixture.start()) {
            web.get("/api/v1/civilizations");
            web.get("/api/v1/characters/0b9c1f0e-5a57-4a8e-9a53-6c2d0e7b8a11");
            web.get("/api/v1/no-such-thing-" + System.nanoTime());

            String metrics = web.get("/metrics").body();

            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\","
                    + "route=\"/api/v1/civilizations\",status=\"200\"} 1");
            assertThat(metrics).contains("route=\"/api/v1/characters/{id}\",status=\"401\"");
            assertThat(metrics).contains("route=\"NOT_FOUND\",status=\"404\"").doesNotContain("no-such-thing");
        }
    }

    @Test
    void metrics_include_the_jvm() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.get("/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(response.body()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                    "process_uptime_seconds", "system_cpu_count");
        }
    }
}
