package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinrealm.adapters.client.FakeChat;
import io.kinrealm.adapters.client.FakeGateway;
import io.kinrealm.adapters.client.FakeRest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BenchEndToEndTest {
    private final FakeRest rest = new FakeRest();
    private final FakeGateway server = FakeGateway.start(new FakeChat(), rest::routes);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_small_run_prints_one_json_line_with_every_message_delivered_to_its_whole_room() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Bench.run(new String[] {"--urls", server.uri().toString(), "--http", http(), "--clients", "20",
            "--room-size", "5", "--rate", "2", "--duration", "2", "--drain", "10"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        JsonNode result = new ObjectMapper().readTree(printed);
        assertThat(code).isZero();
        assertThat(printed.strip()).doesNotContain("\n");
        assertThat(result.path("clients_connected").asInt()).isEqualTo(20);
        assertThat(result.path("connect_failures").asInt()).isZero();
        assertThat(result.path("sent").asLong()).isPositive();
        assertThat(result.path("expected_deliveries").asLong()).isEqualTo(result.path("sent").asLong() * 5);
        assertThat(result.path("delivered").asLong()).isEqualTo(result.path("expected_deliveries").asLong());
        assertThat(result.path("delivered_echo").asLong()).isEqualTo(result.path("sent").asLong());
        assertThat(result.path("loss_ratio").asDouble()).isZero();
        assertThat(result.path("duplicates").asLong()).isZero();
        assertThat(result.path("gaps").asLong()).isZero();
        assertThat(result.path("p99_ms").asDouble()).isPositive();
        assertThat(rest.characterCount()).isEqualTo(20);
    }

    @Test
    void a_short_positions_run_shows_every_player_its_reports_back_through_the_batches() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Bench.run(new String[] {"--urls", server.uri().toString(), "--http", http(), "--clients", "10",
            "--scenario", "positions", "--rate", "10", "--warmup", "1", "--duration", "2", "--drain", "10"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        JsonNode result = new ObjectMapper().readTree(printed);
        assertThat(code).isZero();
        assertThat(printed.strip()).doesNotContain("\n");
        assertThat(result.path("scenario").asText()).isEqualTo("positions");
        assertThat(result.path("clients_connected").asInt()).isEqualTo(10);
        assertThat(result.path("reports_sent").asLong()).isPositive();
        assertThat(result.path("reports_accepted").asLong() + result.path("reports_dropped").asLong())
                .isEqualTo(result.path("reports_sent").asLong()).isEqualTo(result.path("sent").asLong());
        assertThat(result.path("errors").asLong()).isZero();
        assertThat(result.path("positions_shown").asLong()).isPositive();
        assertThat(result.path("positions_shown").asLong() + result.path("superseded").asLong())
                .isEqualTo(result.path("reports_accepted").asLong());
        assertThat(result.path("missing").asLong()).isZero();
        assertThat(result.path("loss_ratio").asDouble()).isZero();
        assertThat(result.path("stale_events").asLong()).isZero();
        assertThat(result.path("repeated_events").asLong()).isZero();
        assertThat(result.path("events_received").asLong()).isGreaterThanOrEqualTo(
                result.path("positions_shown").asLong());
        assertThat(result.path("p99_ms").asDouble()).isPositive();
    }

    @Test
    void a_429_during_setup_stops_the_run_with_advice_on_the_rate_limits() {
        rest.refuseWith429();

        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            assertThatThrownBy(() -> new BenchSetup(URI.create(http()), "abcde", executor).create(20))
                    .isInstanceOf(BenchFailure.class)
                    .hasMessageContaining("KINREALM_RATE_LIMIT_AUTH").hasMessageContaining("KINREALM_RATE_LIMIT_API");
        }
        assertThat(Bench.run(new String[] {"--urls", server.uri().toString(), "--http", http(), "--clients", "3"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void bad_arguments_exit_with_2_and_print_nothing_on_stdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Bench.run(new String[] {"--urls", "ws://example.com/ws", "--http", http()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    private String http() {
        return "http://127.0.0.1:" + server.port();
    }
}
