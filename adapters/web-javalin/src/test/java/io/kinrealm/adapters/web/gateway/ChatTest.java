package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Joining channels under the access policy, sending, receiving in sequence, history and leaving. */
class ChatTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.requestsPerSecond = 10_000);
    private final Player aria = node.player("aria", "Aria");
    private final Player bram = node.player("bram", "Bram");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void joining_answers_the_channel_s_last_seq_and_announces_the_join() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("room.join", Map.of("ch", "room:trade"));

            assertThat(reply.get("d")).hasToString("{\"ch\":\"room:trade\",\"lastSeq\":0}");
            JsonNode joined = client.nextEvent();
            assertThat(joined.get("ev").asText()).isEqualTo("room.joined");
            assertThat(joined.get("ch").asText()).isEqualTo("room:trade");
        }
    }

    @Test
    void messages_reach_every_member_in_sequence_the_sender_included() {
        try (WsClient a = node.signedIn(aria); WsClient b = node.signedIn(bram)) {
            join(a, "room:trade");
            join(b, "room:trade");

            List<Long> acked = List.of("one", "two", "three").stream()
                    .map(text -> a.request("chat.send", Map.of("ch", "room:trade", "text", text)))
                    .map(reply -> reply.get("d").get("seq").asLong()).toList();

            assertThat(acked).containsExactly(1L, 2L, 3L);
            for (WsClient member : List.of(a, b)) {
                List<JsonNode> got = List.of(member.event("chat.message"), member.event("chat.message"),
                        member.event("chat.message"));
                assertThat(got).extracting(e -> e.get("seq").asLong()).containsExactly(1L, 2L, 3L);
                assertThat(got).extracting(e -> e.get("d").get("text").asText()).containsExactly("one", "two", "three");
                assertThat(got.getFirst().get("d").get("senderName").asText()).isEqualTo("Aria");
                assertThat(got.getFirst().get("ch").asText()).isEqualTo("room:trade");
            }
        }
    }

    @Test
    void the_send_reply_is_the_stored_message() {
        try (WsClient client = node.signedIn(aria)) {
            join(client, "global");

            JsonNode d = client.request("chat.send", Map.of("ch", "global", "text", "  hello  ")).get("d");

            assertThat(d.get("channel").asText()).isEqualTo("global");
            assertThat(d.get("seq").asLong()).isEqualTo(1);
            assertThat(d.get("senderId").asText()).isEqualTo(aria.characterId());
            assertThat(d.get("lang").asText()).isEqualTo("common");
            assertThat(d.get("text").asText()).isEqualTo("hello");
            assertThat(d.get("sentAt").asText()).isNotBlank();
        }
    }

    @Test
    void history_answers_newest_first_and_pages_with_before() {
        try (WsClient client = node.signedIn(aria)) {
            join(client, "room:lfg");
            for (String text : List.of("a", "b", "c", "d")) {
                client.request("chat.send", Map.of("ch", "room:lfg", "text", text));
            }

            JsonNode page = client.request("chat.history", Map.of("ch", "room:lfg", "before", 4, "limit", 2)).get("d");

            assertThat(page.get("ch").asText()).isEqualTo("room:lfg");
            assertThat(page.get("messages")).extracting(m -> m.get("text").asText()).containsExactly("c", "b");
        }
    }

    @Test
    void a_reply_larger_than_the_frame_limit_still_arrives_whole() {
        String dragons = "\uD83D\uDC09".repeat(500);
        try (WsClient client = node.signedIn(aria)) {
            join(client, "room:lfg");
            for (int i = 0; i < 100; i++) {
                client.request("chat.send", Map.of("ch", "room:lfg", "text", dragons));
            }

            JsonNode page = client.request("chat.history", Map.of("ch", "room:lfg", "limit", 100)).get("d");

            assertThat(page.toString().getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(65_536 * 3);
            assertThat(page.get("messages")).hasSize(100).allSatisfy(m -> assertThat(m.get("text").asText())
                    .isEqualTo(dragons));
        }
    }

    @Test
    void sending_on_a_channel_the_connection_is_not_on_is_not_in_channel() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("chat.send", Map.of("ch", "room:trade", "text", "hi"));

            assertThat(reply.get("ok").asBoolean()).isFalse();
            assertThat(reply.get("err").get("code").asText()).isEqualTo("not_in_channel");
        }
    }

    @Test
    void another_family_s_channel_is_channel_forbidden_for_join_and_history() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode join = client.request("room.join", Map.of("ch", bram.familyChannel()));
            JsonNode history = client.request("chat.history", Map.of("ch", bram.familyChannel()));

            assertThat(join.get("err").get("code").asText()).isEqualTo("channel_forbidden");
            assertThat(history.get("err").get("code").asText()).isEqualTo("channel_forbidden");
            assertThat(client.request("room.join", Map.of("ch", aria.familyChannel())).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void after_leaving_no_more_messages_of_the_channel_arrive() {
        try (WsClient a = node.signedIn(aria); WsClient b = node.signedIn(bram)) {
            join(a, "room:trade");
            join(b, "room:trade");

            JsonNode reply = b.request("room.leave", Map.of("ch", "room:trade"));
            JsonNode left = b.nextEvent();
            a.request("chat.send", Map.of("ch", "room:trade", "text", "anyone?"));
            a.event("chat.message");
            b.request("room.join", Map.of("ch", "room:other"));

            assertThat(reply.get("d").get("ch").asText()).isEqualTo("room:trade");
            assertThat(left.get("ev").asText()).isEqualTo("room.left");
            assertThat(left.get("d").get("reason").asText()).isEqualTo("left");
            assertThat(b.nextEvent().get("ch").asText()).as("the next event after the leave").isEqualTo("room:other");
            assertThat(b.request("chat.send", Map.of("ch", "room:trade", "text", "x")).get("err").get("code")
                    .asText()).isEqualTo("not_in_channel");
        }
    }

    @Test
    void a_channel_unsubscribes_from_the_bus_when_its_last_member_leaves() {
        try (WsClient a = node.signedIn(aria)) {
            join(a, "room:trade");
            assertThat(node.bus.hasListeners("room:trade")).isTrue();

            a.request("room.leave", Map.of("ch", "room:trade"));

            assertThat(node.bus.hasListeners("room:trade")).isFalse();
        }
    }

    static void join(WsClient client, String channel) {
        JsonNode reply = client.request("room.join", Map.of("ch", channel));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        assertThat(client.event("room.joined").get("ch").asText()).isEqualTo(channel);
    }
}
