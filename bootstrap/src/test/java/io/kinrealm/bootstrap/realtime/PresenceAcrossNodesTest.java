package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.ClientOptions;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A character is online while it has a connection on any node, and its family channel hears each change once. The
 * family channel's only member today is the character itself (kin come later), so what the nodes publish there is
 * read on the cluster's Redis bus by a spy, and through the character's own connection where it can be.
 */
class PresenceAcrossNodesTest extends TwoNodeTest {
    private static final String CONNECTIONS = "kinrealm_ws_connections";

    @Test
    void a_character_on_both_nodes_is_announced_online_once_and_offline_only_when_its_last_connection_closes() {
        try (BusSpy family = BusSpy.on(cluster, aria.familyChannel())) {
            KinrealmClient onOne = cluster.signedIn(1, aria);
            family.awaitStatuses("online");
            KinrealmClient onTwo = cluster.signedIn(2, aria);
            Received ownEyes = Received.by(onTwo);
            Chat.join(onTwo, aria.familyChannel());

            onOne.close();
            Eventually.until("node 1 handled the close", () -> cluster.rest(1).gauge(CONNECTIONS) == 0);
            family.mark("node-1-closed");
            ownEyes.await(BusSpy.MARKER, aria.familyChannel());
            assertThat(family.statuses()).as("still online through node 2").containsExactly("online");
            assertThat(ownEyes.names(aria.familyChannel())).as("no presence change on the channel")
                    .containsExactly("room.joined", BusSpy.MARKER);
            assertThat(presence().isOnline(id(aria), Instant.now())).isTrue();

            onTwo.close();
            family.awaitStatuses("online", "offline");
            family.mark("node-2-closed");
            assertThat(family.statuses()).containsExactly("online", "offline");
            assertThat(family.presence().getLast().data())
                    .containsEntry("characterId", aria.characterId()).containsEntry("name", "Aria");
            assertThat(presence().isOnline(id(aria), Instant.now())).isFalse();
        }
    }

    @Test
    void a_connection_dropped_without_a_close_frame_takes_the_character_offline_at_once() {
        try (BusSpy family = BusSpy.on(cluster, brann.familyChannel());
             TcpRelay network = TcpRelay.to(cluster.port(2))) {
            cluster.signedIn(network.ws(), brann, ClientOptions.defaults().withReconnect(false));
            family.awaitStatuses("online");

            network.cut();

            family.awaitStatuses("online", "offline");
            assertThat(family.statuses()).containsExactly("online", "offline");
            assertThat(presence().isOnline(id(brann), Instant.now())).isFalse();
        }
    }

    /**
     * A node that dies leaves its connections in Redis, no longer kept alive. Such a node is stood for by recording a
     * connection directly in the shared registry, with a 1 s lifetime instead of the 30 s a node gives (not
     * configurable yet); the live nodes' sweep must end it and tell the family, within the documented 30 s.
     */
    @Test
    void the_connections_of_a_node_that_died_expire_and_the_family_hears_the_character_went_offline() {
        try (BusSpy family = BusSpy.on(cluster, cael.familyChannel())) {
            Instant now = Instant.now();
            presence().connect(id(cael), "on-a-node-that-died", now.plusSeconds(1), now);
            assertThat(presence().isOnline(id(cael), now)).isTrue();

            family.awaitStatuses(Duration.ofSeconds(30), "offline");

            assertThat(family.statuses()).containsExactly("offline");
            assertThat(presence().isOnline(id(cael), Instant.now())).isFalse();
        }
    }

    private static PresenceRegistry presence() {
        return cluster.observer().presence();
    }

    private static CharacterId id(Player player) {
        return CharacterId.parse(player.characterId()).orElseThrow();
    }
}
