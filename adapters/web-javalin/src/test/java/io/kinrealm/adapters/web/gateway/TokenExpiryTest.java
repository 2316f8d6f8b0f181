package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection lives as long as its access token unless the client authenticates again with a fresh one. Tokens
 * here live three seconds (JWT expiry has one-second resolution), so these tests take a few seconds of real time.
 */
class TokenExpiryTest {
    private final RealtimeFixture node = RealtimeFixture.start(
            knobs -> knobs.accessTokenLifetime = Duration.ofSeconds(3));
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void the_connection_closes_with_4401_when_its_token_expires() {
        try (WsClient client = node.connect()) {
            JsonNode reply = client.request("auth", RealtimeFixture.auth(aria));
            Instant expiresAt = Instant.parse(reply.get("d").get("expiresAt").asText());

            assertThat(client.closeCode()).isEqualTo(4401);
            assertThat(Instant.now()).isAfterOrEqualTo(expiresAt);
        }
    }

    @Test
    void authenticating_again_with_a_fresh_token_moves_the_expiry() throws InterruptedException {
        try (WsClient client = node.connect()) {
            Instant first = expiry(client.request("auth", RealtimeFixture.auth(aria)));
            Thread.sleep(1100);
            Player fresh = node.refreshed(aria);

            Instant second = expiry(client.request("auth", RealtimeFixture.auth(fresh)));

            assertThat(second).isAfter(first);
            sleepUntil(first.plusMillis(500));
            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
            assertThat(client.closeCode()).isEqualTo(4401);
            assertThat(Instant.now()).isAfterOrEqualTo(second);
        }
    }

    private static Instant expiry(JsonNode reply) {
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        return Instant.parse(reply.get("d").get("expiresAt").asText());
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
