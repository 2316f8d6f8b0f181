package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that cannot be served get an error reply and the connection stays usable; limits close or refuse. */
class RequestErrorsTest {
    private final RealtimeFixture node = RealtimeFixture.start();
    private final Player aria = node.player("aria", "Aria");
    private final WsClient client = node.signedIn(aria);

    @AfterEach
    void stop() {
        client.close();
        node.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1, 2]", "\"text\"", "{\"op\": \"ping\"}",
            "{\"id\": \"7\", \"op\": \"ping\"}", "{\"id\": -3, \"op\": \"ping\"}", "{\"id\": 1} trailing"})
    void an_unreadable_frame_is_a_bad_request_without_id_and_the_connection_stays_usable(String frame) {
        client.sendText(frame);

        JsonNode reply = client.nextReply();
        assertThat(reply.get("re").isNull()).isTrue();
        assertThat(reply.get("ok").asBoolean()).isFalse();
        assertThat(reply.get("err").get("code").asText()).isEqualTo("bad_request");
        assertUsable();
    }

    @Test
    void a_request_without_op_is_a_bad_request_answered_to_its_id() {
        client.sendText("{\"id\": 41, \"d\": {}}");

        JsonNode reply = client.nextReply();
        assertThat(reply.get("re").asLong()).isEqualTo(41);
        assertThat(reply.get("err").get("code").asText()).isEqualTo("bad_request");
        assertUsable();
    }

    @Test
    void an_unknown_op_is_unknown_op() {
        JsonNode reply = client.request("dance", Map.of());

        assertThat(reply.get("err").get("code").asText()).isEqualTo("unknown_op");
        assertUsable();
    }

    @Test
    void missing_and_mistyped_fields_are_validation_failed_naming_each_field() {
        JsonNode reply = client.request("chat.send", Map.of("ch", 12));

        assertThat(reply.get("err").get("code").asText()).isEqualTo("validation_failed");
        assertThat(reply.get("err").get("fields")).extracting(f -> f.get("field").asText())
                .containsExactlyInAnyOrder("ch", "text");
        assertUsable();
    }

    @Test
    void a_refusal_of_the_core_keeps_its_code_and_fields() {
        ChatTest.join(client, "global");

        JsonNode reply = client.request("chat.send", Map.of("ch", "global", "text", "   "));

        assertThat(reply.get("err").get("code").asText()).isEqualTo("validation_failed");
        assertThat(reply.get("err").get("fields").get(0).get("field").asText()).isEqualTo("text");
        assertUsable();
    }

    @Test
    void more_than_fifty_requests_a_second_are_rate_limited_and_the_rest_served() {
        List<Long> ids = IntStream.range(0, 60).mapToObj(i -> client.send("ping", Map.of())).toList();

        List<JsonNode> replies = new ArrayList<>();
        ids.forEach(id -> replies.add(client.reply(id)));

        assertThat(replies).filteredOn(r -> r.get("ok").asBoolean()).hasSizeBetween(49, 59);
        assertThat(replies).filteredOn(r -> !r.get("ok").asBoolean())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("err").get("code").asText()).isEqualTo("rate_limited"));
        assertThat(client.isOpen()).isTrue();
    }

    @Test
    void a_frame_over_64_kib_closes_the_connection_with_1009() {
        client.sendText("{\"id\": 1, \"op\": \"ping\", \"d\": {\"pad\": \"" + "x".repeat(70 * 1024) + "\"}}");

        assertThat(client.closeCode()).isEqualTo(1009);
    }

    @Test
    void a_frame_of_almost_64_kib_is_still_read() {
        JsonNode reply = client.request("ping", Map.of("pad", "x".repeat(60 * 1024)));

        assertThat(reply.get("ok").asBoolean()).isTrue();
    }

    private void assertUsable() {
        assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
    }
}
