package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.CloseInfo;
import io.kinrealm.adapters.client.KinrealmClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging out ends that login's connections on every node of the cluster, and only that login's. */
class LogoutAcrossNodesTest {
    private static Cluster cluster;

    @BeforeAll
    static void start() {
        cluster = Cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void logging_out_closes_that_logins_sockets_on_both_nodes_with_4401() {
        Player aria = cluster.rest(1).newPlayer("aria", "Aria");
        Player ariaOnHerTablet = cluster.rest(2).logIn(aria);
        Received onOne = Received.by(cluster.signedIn(1, aria));
        Received onTwo = Received.by(cluster.signedIn(2, aria));
        KinrealmClient tablet = cluster.signedIn(2, ariaOnHerTablet);

        cluster.rest(1).logOut(aria);

        for (Received ended : List.of(onOne, onTwo)) {
            CloseInfo close = ended.awaitClose();
            assertThat(close.code()).isEqualTo(4401);
            assertThat(close.reconnecting()).isFalse();
        }
        assertThat(Chat.reply(tablet.ping()).has("serverTime")).as("another login stays connected").isTrue();
    }
}
