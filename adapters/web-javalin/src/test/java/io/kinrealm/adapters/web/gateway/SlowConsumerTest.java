package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading while its channel is busy fills the socket, then its bounded outbox; it is closed
 * with 4008 instead of making the server hold an ever-growing queue, and everyone else carries on.
 */
class SlowConsumerTest {
    private static final int MAX_MESSAGES = 30_000;
    private static final int BATCH = 100;
    private static final String LONG_TEXT = "\uD83D\uDC09".repeat(500);

    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.requestsPerSecond = 1_000_000);
    private final Player aria = node.player("aria", "Aria");
    private final Player bram = node.player("bram", "Bram");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_consumer_that_cannot_keep_up_is_closed_with_4008_and_the_others_keep_going() {
        try (WsClient flooder = node.signedIn(aria); WsClient slow = node.connectSlow()) {
            authenticateAndJoinWhileReadingEachFrame(slow);
            ChatTest.join(flooder, "room:busy");

            int sent = 0;
            while (slowConsumerCloses() == 0 && sent < MAX_MESSAGES) {
                sendBatch(flooder);
                sent += BATCH;
            }
            slow.read(Long.MAX_VALUE);

            assertThat(slowConsumerCloses()).isEqualTo(1);
            assertThat(slow.closeCode()).isEqualTo(4008);
            assertThat(flooder.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
        }
    }

    /** Sends a batch without waiting in between, then checks every reply. */
    private static void sendBatch(WsClient flooder) {
        List<Long> ids = IntStream.range(0, BATCH)
                .mapToObj(i -> flooder.send("chat.send", Map.of("ch", "room:busy", "text", LONG_TEXT))).toList();
        ids.forEach(id -> assertThat(flooder.reply(id).get("ok").asBoolean()).isTrue());
    }

    private void authenticateAndJoinWhileReadingEachFrame(WsClient slow) {
        long auth = slow.send("auth", RealtimeFixture.auth(bram));
        assertThat(slow.reply(auth).get("ok").asBoolean()).isTrue();
        slow.read(1);
        long join = slow.send("room.join", Map.of("ch", "room:busy"));
        assertThat(slow.reply(join).get("ok").asBoolean()).isTrue();
        slow.read(1);
        assertThat(slow.event("room.joined").get("ch").asText()).isEqualTo("room:busy");
    }

    private double slowConsumerCloses() {
        return node.registry.get("kinrealm.ws.slow.consumer.closes").counter().count();
    }
}
