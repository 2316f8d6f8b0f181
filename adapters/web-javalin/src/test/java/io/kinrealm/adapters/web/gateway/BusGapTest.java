package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event bus may lose events (Redis pub/sub is at most once). A node that sees a gap in a channel's sequence, or
 * is told its link dropped, fetches what is missing from the chat log before delivering more.
 */
class BusGapTest {
    private static final String ROOM = "room:trade";

    private final RealtimeFixture node = RealtimeFixture.start();
    private final Player aria = node.player("aria", "Aria");
    private final Player bram = node.player("bram", "Bram");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_message_the_bus_lost_is_backfilled_from_the_log_before_the_next_one() {
        try (WsClient speaker = node.signedIn(aria); WsClient listener = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            ChatTest.join(listener, ROOM);
            node.bus.lose(event -> event.channel().equals(ROOM) && event.seq() == 2);

            ResumeTest.say(speaker, 3);

            assertThat(messages(listener, 3)).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L, 3L);
            assertThat(messages(speaker, 3)).extracting(m -> m.get("d").get("text").asText())
                    .containsExactly("message 0", "message 1", "message 2");
        }
    }

    @Test
    void a_possible_loss_backfills_what_the_bus_dropped() {
        try (WsClient speaker = node.signedIn(aria); WsClient listener = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            ChatTest.join(listener, ROOM);
            node.bus.lose(event -> event.channel().equals(ROOM) && event.seq() >= 2);
            ResumeTest.say(speaker, 3);
            assertThat(listener.event("chat.message").get("seq").asLong()).isEqualTo(1);
            node.bus.lose(event -> false);

            node.bus.signalPossibleLoss(ROOM);

            assertThat(messages(listener, 2)).extracting(m -> m.get("seq").asLong()).containsExactly(2L, 3L);
        }
    }

    private static List<JsonNode> messages(WsClient client, int count) {
        return IntStream.range(0, count).mapToObj(i -> client.event("chat.message")).toList();
    }
}
