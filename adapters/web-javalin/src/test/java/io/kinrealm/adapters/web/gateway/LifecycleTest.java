package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Liveness and shutdown: a client that answers the server's pings stays, a silent one is closed with 1001, and a
 * stopping node tells its clients to reconnect elsewhere with 1012. The idle timeout here is 600 ms.
 */
class LifecycleTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> {
        knobs.idleTimeout = Duration.ofMillis(600);
        knobs.pingInterval = Duration.ofMillis(150);
    });
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_stopping_node_sends_a_notice_then_closes_with_1012() {
        WsClient client = node.signedIn(aria);

        node.server.close();

        JsonNode notice = client.event("notice");
        assertThat(notice.has("ch")).isFalse();
        assertThat(notice.get("d").get("level").asText()).isEqualTo("warning");
        assertThat(notice.get("d").get("text").asText()).contains("restarting");
        assertThat(client.closeCode()).isEqualTo(1012);
    }

    @Test
    void a_client_that_answers_pings_outlives_the_idle_timeout() throws InterruptedException {
        try (WsClient client = node.signedIn(aria)) {
            Thread.sleep(1500);

            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void a_client_that_sends_nothing_not_even_pongs_is_closed_with_1001() throws IOException {
        try (RawWebSocket silent = new RawWebSocket(node.server.port())) {
            silent.sendText(WsClient.write(Map.of("id", 1, "op", "auth", "d", RealtimeFixture.auth(aria))));

            assertThat(silent.awaitCloseCode()).isEqualTo(1001);
        }
    }
}
