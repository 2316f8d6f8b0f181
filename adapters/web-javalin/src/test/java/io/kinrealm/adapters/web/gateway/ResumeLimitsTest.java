package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the store cannot give everything a client missed (here: more than the catch-up cap of five), the channel is
 * not recovered: nothing is replayed, the client is told to reload, and live traffic continues after the last seq.
 */
class ResumeLimitsTest {
    private static final String ROOM = "room:trade";

    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.maxCatchUp = 5);
    private final Player aria = node.player("aria", "Aria");
    private final Player bram = node.player("bram", "Bram");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void missing_more_than_the_cap_is_not_recovered_and_live_traffic_follows() {
        try (WsClient speaker = node.signedIn(aria); WsClient back = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            ResumeTest.say(speaker, 8);

            JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, 0)));
            ResumeTest.say(speaker, 1);

            assertThat(reply.get("d").get("channels").get(ROOM)).hasToString("{\"recovered\":false,\"lastSeq\":8}");
            assertThat(back.nextEvent().get("ev").asText()).isEqualTo("room.joined");
            assertThat(back.nextEvent().get("seq").asLong()).isEqualTo(9);
        }
    }

    @Test
    void a_last_seq_beyond_the_channel_is_not_recovered() {
        try (WsClient speaker = node.signedIn(aria); WsClient back = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            ResumeTest.say(speaker, 3);

            JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, 99)));

            assertThat(reply.get("d").get("channels").get(ROOM)).hasToString("{\"recovered\":false,\"lastSeq\":3}");
        }
    }

    @Test
    void missing_up_to_the_cap_is_recovered() {
        try (WsClient speaker = node.signedIn(aria); WsClient back = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            ResumeTest.say(speaker, 8);

            JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, 3)));

            assertThat(reply.get("d").get("channels").get(ROOM)).hasToString("{\"recovered\":true,\"lastSeq\":8}");
            assertThat(back.receivedEvents()).extracting(ResumeTest::describe).containsExactly("chat.message 4",
                    "chat.message 5", "chat.message 6", "chat.message 7", "chat.message 8", "room.joined");
        }
    }
}
