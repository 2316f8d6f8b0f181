package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.client.ClientOptions;
import io.kinrealm.adapters.client.KinrealmClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A player whose connection to node 2 drops comes back on node 1 and, by resuming, gets every message it missed, in
 * order, then the live traffic, with no gap and no duplicate. The drop is a reset TCP connection: no close frame.
 */
class ResumeAcrossNodesTest extends TwoNodeTest {
    private static final String CONNECTIONS = "kinrealm_ws_connections";

    @Test
    void a_player_cut_off_on_node_two_resumes_on_node_one_with_each_missed_message_once_then_live_traffic() {
        String channel = "room:yonder";
        KinrealmClient sender = cluster.signedIn(1, aria);
        Chat.join(sender, channel);
        long lastSeen = seeFiveThenLoseTheConnection(channel, sender);

        List<Long> missed = Chat.say(sender, channel, "missed-", 20);
        KinrealmClient back = cluster.signedIn(1, brann);
        Received after = Received.by(back);
        JsonNode resumed = Chat.reply(back.request("session.resume",
                Map.of("channels", Map.of(channel, lastSeen))));
        Chat.say(sender, channel, "live-", 5);
        after.awaitSeq(channel, 30);

        assertThat(missed).containsExactlyElementsOf(Chat.seqs(6, 25));
        assertThat(resumed.path("channels").path(channel).path("recovered").asBoolean()).isTrue();
        assertThat(resumed.path("channels").path(channel).path("lastSeq").asLong()).isEqualTo(25);
        assertThat(after.seqs(channel)).containsExactlyElementsOf(Chat.seqs(6, 30));
        assertThat(after.texts(channel)).containsExactlyElementsOf(Chat.inOrder(Chat.texts("missed-", 1, 20),
                Chat.texts("live-", 1, 5)));
        assertThat(after.events("room.joined", channel)).hasSize(1);
    }

    /** Brann, on node 2 through a relay, sees messages 1-5 on the channel; then the relay resets the connection. */
    private static long seeFiveThenLoseTheConnection(String channel, KinrealmClient sender) {
        try (TcpRelay network = TcpRelay.to(cluster.port(2))) {
            KinrealmClient lost = cluster.signedIn(network.ws(), brann, ClientOptions.defaults().withReconnect(false));
            Received before = Received.by(lost);
            Chat.join(lost, channel);
            Chat.say(sender, channel, "before-", 5);
            before.awaitSeq(channel, 5);

            network.cut();

            assertThat(before.awaitClose().code()).as("closed without a close frame").isEqualTo(1006);
            assertThat(before.seqs(channel)).containsExactlyElementsOf(Chat.seqs(1, 5));
            return before.seqs(channel).getLast();
        }
    }

    @Test
    void the_client_reconnects_to_the_other_node_by_itself_and_resumes_while_messages_keep_coming() {
        String channel = "room:roaming";
        KinrealmClient sender = cluster.signedIn(1, aria);
        Chat.join(sender, channel);
        try (TcpRelay network = TcpRelay.to(cluster.port(2))) {
            KinrealmClient roaming = cluster.roaming(network.ws(), brann, 1);
            Received seen = Received.by(roaming);
            Chat.reply(roaming.join(channel));
            Chat.say(sender, channel, "before-", 5);
            seen.awaitSeq(channel, 5);

            network.cut();
            Chat.say(sender, channel, "during-", 20);
            Eventually.until("the client resumed", () -> !seen.resumes().isEmpty());
            Chat.say(sender, channel, "after-", 5);
            seen.awaitSeq(channel, 30);

            Eventually.until("node 2 let the dropped connection go", () -> cluster.rest(2).gauge(CONNECTIONS) == 0);
            Eventually.until("both on node 1", () -> cluster.rest(1).gauge(CONNECTIONS) == 2);
            seen.assertMovedOnce(1006, channel);
            assertThat(seen.seqs(channel)).containsExactlyElementsOf(Chat.seqs(1, 30));
            assertThat(seen.texts(channel)).containsExactlyElementsOf(Chat.inOrder(Chat.texts("before-", 1, 5),
                    Chat.texts("during-", 1, 20), Chat.texts("after-", 1, 5)));
        }
    }
}
