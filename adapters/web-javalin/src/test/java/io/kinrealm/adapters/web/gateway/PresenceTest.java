package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A character is online while it has an authenticated connection; coming online and going offline is told to its
 * family channel, once per change however many connections it has.
 */
class PresenceTest {
    private final RealtimeFixture node = RealtimeFixture.start();
    private final Player aria = node.player("aria", "Aria");
    private final List<ChannelEvent> family = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void the_first_connection_brings_the_character_online_and_closing_the_last_takes_it_offline() {
        EventBus.Subscription spy = node.bus.subscribe(aria.familyChannel(), new Spy());
        WsClient first = node.signedIn(aria);
        assertThat(statuses()).containsExactly("online");

        WsClient second = node.signedIn(aria);
        first.closeCleanly();
        Eventually.until("the first close handled", () -> node.openConnections() == 1);
        assertThat(statuses()).as("still online through the second connection").containsExactly("online");

        second.closeCleanly();
        Eventually.until("offline published", () -> statuses().size() == 2);
        assertThat(statuses()).containsExactly("online", "offline");
        assertThat(family.getLast().data()).containsEntry("characterId", aria.characterId())
                .containsEntry("name", "Aria");
        spy.close();
    }

    @Test
    void a_family_member_on_the_channel_hears_nothing_while_another_connection_comes_and_goes() {
        try (WsClient first = node.signedIn(aria)) {
            ChatTest.join(first, aria.familyChannel());

            WsClient second = node.signedIn(aria);
            first.request("chat.send", Map.of("ch", aria.familyChannel(), "text", "after the second came"));
            JsonNode afterArrival = first.nextEvent();
            second.closeCleanly();
            Eventually.until("the second close handled", () -> node.openConnections() == 1);
            first.request("chat.send", Map.of("ch", aria.familyChannel(), "text", "after the second left"));
            JsonNode afterLeaving = first.nextEvent();

            assertThat(afterArrival.get("ev").asText()).isEqualTo("chat.message");
            assertThat(afterLeaving.get("ev").asText()).isEqualTo("chat.message");
        }
    }

    @Test
    void a_dropped_connection_takes_the_character_offline_too() {
        EventBus.Subscription spy = node.bus.subscribe(aria.familyChannel(), new Spy());
        WsClient only = node.signedIn(aria);

        only.drop();

        Eventually.until("offline published", () -> statuses().size() == 2);
        assertThat(statuses()).containsExactly("online", "offline");
        spy.close();
    }

    @Test
    void presence_changes_on_the_family_channel_reach_its_members_as_unsequenced_events() {
        try (WsClient member = node.signedIn(aria)) {
            ChatTest.join(member, aria.familyChannel());

            node.bus.publish(new ChannelEvent(aria.familyChannel(), "presence.changed", 0,
                    Map.of("characterId", "c-1", "name", "Kael", "status", "online")));

            JsonNode event = member.event("presence.changed");
            assertThat(event.get("ch").asText()).isEqualTo(aria.familyChannel());
            assertThat(event.has("seq")).isFalse();
            assertThat(event.get("d").get("status").asText()).isEqualTo("online");
        }
    }

    private List<String> statuses() {
        return family.stream().map(event -> String.valueOf(event.data().get("status"))).toList();
    }

    /** Listens to the family channel the way another node would. */
    private final class Spy implements EventBus.Listener {
        @Override
        public void onEvent(ChannelEvent event) {
            family.add(event);
        }

        @Override
        public void onPossibleLoss(String channel) {
        }
    }
}
