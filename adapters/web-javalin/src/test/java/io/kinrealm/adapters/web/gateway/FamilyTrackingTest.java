package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Position reports over the socket, their batches on the family channel, and kin who lose the channel. */
class FamilyTrackingTest {
    private final RealtimeFixture node = RealtimeFixture.start();
    private final Player aria = node.player("aria", "Aria");
    private final Player brenn = node.player("brenn", "Brenn");

    @AfterEach
    void stop() {
        node.close();
    }

    private static void join(WsClient client, String channel) {
        JsonNode reply = client.request("room.join", Map.of("ch", channel));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        client.event("room.joined");
    }

    @Test
    void a_reported_position_reaches_the_family_channel_with_the_companions_following() {
        try (WsClient client = node.signedIn(aria)) {
            join(client, aria.familyChannel());

            JsonNode reply = client.request("position.report", Map.of("section", "5.12.130.77", "x", 12, "y", 7.25));

            assertThat(reply.get("d")).hasToString("{\"accepted\":true}");
            JsonNode positions = client.event("family.positions");
            assertThat(positions.get("ch").asText()).isEqualTo(aria.familyChannel());
            assertThat(positions.get("d").get("family").asText()).isEqualTo(aria.familyId());
            assertThat(positions.get("d").get("positions")).hasSize(3);
            assertThat(positions.get("d").get("positions").get(0)).hasToString("{\"who\":\"character\","
                    + "\"characterId\":\"" + aria.characterId() + "\",\"section\":\"5.12.130.77\",\"x\":12.0,"
                    + "\"y\":7.25}");
            assertThat(positions.get("d").get("positions").get(2).get("who").asText()).isEqualTo("iril");
        }
    }

    @Test
    void a_position_off_the_map_gets_a_validation_error_naming_each_field() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("position.report", Map.of("section", "5.12", "x", "east", "y", 100));

            assertThat(reply.get("ok").asBoolean()).isFalse();
            assertThat(reply.get("err").get("code").asText()).isEqualTo("validation_failed");
            assertThat(reply.get("err").get("fields").toString()).contains("\"x\"").contains("\"type\"");

            JsonNode outside = client.request("position.report", Map.of("section", "5.12", "x", 1, "y", 100));
            assertThat(outside.get("err").get("fields").toString()).contains("not_detail").contains("out_of_range");
        }
    }

    @Test
    void kin_on_the_family_channel_see_the_family_move_until_their_access_is_revoked() {
        node.makeKin(aria, brenn);
        try (WsClient ariaClient = node.signedIn(aria); WsClient brennClient = node.signedIn(brenn)) {
            join(brennClient, aria.familyChannel());

            ariaClient.request("position.report", Map.of("section", "0.0.0.0", "x", 1, "y", 2));
            JsonNode seen = brennClient.event("family.positions");
            assertThat(seen.get("d").get("positions").get(0).get("characterId").asText())
                    .isEqualTo(aria.characterId());

            node.revokeKin(aria, brenn);

            JsonNode left = brennClient.event("room.left");
            assertThat(left.get("d")).hasToString(
                    "{\"ch\":\"" + aria.familyChannel() + "\",\"reason\":\"forbidden\"}");
            JsonNode rejoin = brennClient.request("room.join", Map.of("ch", aria.familyChannel()));
            assertThat(rejoin.get("err").get("code").asText()).isEqualTo("channel_forbidden");
        }
    }
}
