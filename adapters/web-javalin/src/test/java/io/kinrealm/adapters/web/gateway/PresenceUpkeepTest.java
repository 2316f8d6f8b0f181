package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The node keeps its connections' presence alive and ends what expired. Presence here lasts 600 ms unless kept
 * alive; the node refreshes every 150 ms and expires every 100 ms.
 */
class PresenceUpkeepTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> {
        knobs.presenceLifetime = Duration.ofMillis(600);
        knobs.presenceRefresh = Duration.ofMillis(150);
        knobs.presenceExpiry = Duration.ofMillis(100);
    });
    private final Player aria = node.player("aria", "Aria");
    private final List<String> statuses = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_live_connection_stays_online_beyond_the_presence_lifetime() throws InterruptedException {
        EventBus.Subscription spy = node.bus.subscribe(aria.familyChannel(), new EventBus.Listener() {
            @Override
            public void onEvent(ChannelEvent event) {
                statuses.add(String.valueOf(event.data().get("status")));
            }

            @Override
            public void onPossibleLoss(String channel) {
            }
        });
        try (WsClient client = node.signedIn(aria)) {
            Thread.sleep(2_000);

            assertThat(statuses).containsExactly("online");
            assertThat(client.isOpen()).isTrue();
        } finally {
            spy.close();
        }
    }
}
