package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faction channel membership follows the character's dominant faction, on the node that holds its connections. */
class FactionChannelTest {
    private static final Devotion CHAOS = new Devotion(0, 20, 0);
    private static final Devotion ORDER = new Devotion(20, 0, 0);

    private final RealtimeFixture node = RealtimeFixture.start();
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    private CharacterId ariaId() {
        return new CharacterId(UUID.fromString(aria.characterId()));
    }

    private void shiftTo(Devotion devotion, String from, String to) {
        node.devotions.save(ariaId(), devotion);
        node.bus.publish(new ChannelEvent(EventNames.ACCESS_CHANNEL, EventNames.ACCESS_CHANGED, 0,
                Map.of("characterId", aria.characterId(), "reason", "alignment", "from", from, "to", to)));
    }

    private static void join(WsClient client, String channel) {
        JsonNode reply = client.request("room.join", Map.of("ch", channel));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        assertThat(client.event("room.joined").get("ch").asText()).isEqualTo(channel);
    }

    @Test
    void a_character_whose_dominant_faction_changes_is_removed_from_its_old_faction_channel() {
        node.devotions.save(ariaId(), CHAOS);
        try (WsClient client = node.signedIn(aria)) {
            join(client, "faction:chaos");

            shiftTo(ORDER, "chaos", "order");

            JsonNode left = client.event("room.left");
            assertThat(left.get("ch").asText()).isEqualTo("faction:chaos");
            assertThat(left.get("d")).hasToString("{\"ch\":\"faction:chaos\",\"reason\":\"forbidden\"}");
            JsonNode send = client.request("chat.send", Map.of("ch", "faction:chaos", "text", "still here?"));
            assertThat(send.get("err").get("code").asText()).isEqualTo("not_in_channel");
        }
    }

    @Test
    void a_god_called_on_by_an_operator_is_heard_on_its_faction_channel() {
        node.devotions.save(ariaId(), ORDER);
        try (WsClient client = node.signedIn(aria)) {
            join(client, "faction:order");

            node.intervene("order");

            JsonNode heard = client.event("divine.intervention");
            assertThat(heard.get("ch").asText()).isEqualTo("faction:order");
            assertThat(heard.get("d").get("intervention").asText()).isEqualTo("aegis");
            assertThat(heard.get("d").get("scope").asText()).isEqualTo("world");
        }
    }

    @Test
    void the_channel_of_the_new_dominant_faction_opens_and_other_channels_are_kept() {
        node.devotions.save(ariaId(), CHAOS);
        try (WsClient client = node.signedIn(aria)) {
            join(client, "room:trade");
            join(client, "faction:chaos");
            assertThat(client.request("room.join", Map.of("ch", "faction:order")).get("err").get("code").asText())
                    .isEqualTo("channel_forbidden");

            shiftTo(ORDER, "chaos", "order");
            client.event("room.left");

            join(client, "faction:order");
            JsonNode send = client.request("chat.send", Map.of("ch", "room:trade", "text", "hello"));
            assertThat(send.get("ok").asBoolean()).as(send.toString()).isTrue();
        }
    }
}
