package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client that reconnects gets what it missed, in order, then live traffic, with no gap and no duplicate. */
class ResumeTest {
    private static final String ROOM = "room:trade";

    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.requestsPerSecond = 10_000);
    private final Player aria = node.player("aria", "Aria");
    private final Player bram = node.player("bram", "Bram");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_resumed_connection_gets_exactly_the_missed_messages_in_order_then_live_ones() {
        try (WsClient speaker = node.signedIn(aria)) {
            ChatTest.join(speaker, ROOM);
            WsClient listener = node.signedIn(bram);
            ChatTest.join(listener, ROOM);
            say(speaker, 2);
            assertThat(listener.event("chat.message").get("seq").asLong()).isEqualTo(1);
            assertThat(listener.event("chat.message").get("seq").asLong()).isEqualTo(2);
            listener.drop();
            say(speaker, 3);

            try (WsClient back = node.signedIn(bram)) {
                JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, 2)));
                say(speaker, 1);

                assertThat(reply.get("d").get("channels").get(ROOM)).hasToString("{\"recovered\":true,\"lastSeq\":5}");
                assertThat(back.arrivals()).extracting(ResumeTest::describe).startsWith(
                        "auth", "chat.message 3", "chat.message 4", "chat.message 5", "room.joined", "session.resume");
                List<Long> seqs = IntStream.range(0, 4).mapToObj(i -> back.event("chat.message").get("seq").asLong())
                        .toList();
                assertThat(seqs).containsExactly(3L, 4L, 5L, 6L);
            }
        }
    }

    @Test
    void live_traffic_during_the_resume_causes_no_gap_and_no_duplicate() {
        try (WsClient speaker = node.signedIn(aria); WsClient back = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            say(speaker, 20);

            CompletableFuture<Void> traffic = CompletableFuture.runAsync(() -> say(speaker, 200));
            JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, 5)));
            traffic.join();
            say(speaker, 1);

            assertThat(reply.get("d").get("channels").get(ROOM).get("recovered").asBoolean()).isTrue();
            List<Long> seen = new ArrayList<>();
            while (seen.isEmpty() || seen.getLast() < 221) {
                seen.add(back.event("chat.message").get("seq").asLong());
            }
            assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(6, 221).boxed().toList());
        }
    }

    @Test
    void a_channel_the_character_may_not_join_is_refused_and_the_others_are_resumed() {
        try (WsClient speaker = node.signedIn(aria); WsClient back = node.signedIn(bram)) {
            ChatTest.join(speaker, ROOM);
            say(speaker, 1);

            JsonNode channels = back.request("session.resume", Map.of("channels",
                    Map.of(aria.familyChannel(), 0, ROOM, 0))).get("d").get("channels");

            assertThat(channels.get(aria.familyChannel()).get("error").get("code").asText())
                    .isEqualTo("channel_forbidden");
            assertThat(channels.get(ROOM)).hasToString("{\"recovered\":true,\"lastSeq\":1}");
        }
    }

    @Test
    void a_resume_without_channels_is_validation_failed() {
        try (WsClient back = node.signedIn(bram)) {
            JsonNode reply = back.request("session.resume", Map.of("channels", Map.of(ROOM, "seven")));

            assertThat(reply.get("err").get("code").asText()).isEqualTo("validation_failed");
            assertThat(reply.get("err").get("fields").get(0).get("field").asText()).isEqualTo("channels." + ROOM);
        }
    }

    /** Sends this many messages, pipelined in small batches, and checks every reply. */
    static void say(WsClient speaker, int count) {
        for (int done = 0; done < count; done += 20) {
            List<Long> ids = IntStream.range(done, Math.min(count, done + 20))
                    .mapToObj(i -> speaker.send("chat.send", Map.of("ch", ROOM, "text", "message " + i))).toList();
            ids.forEach(id -> assertThat(speaker.reply(id).get("ok").asBoolean()).isTrue());
        }
    }

    static String describe(JsonNode frame) {
        if (frame.has("re")) {
            return frame.get("d") != null && frame.get("d").has("channels") ? "session.resume" : "auth";
        }
        String name = frame.get("ev").asText();
        return frame.has("seq") ? name + " " + frame.get("seq").asLong() : name;
    }
}
