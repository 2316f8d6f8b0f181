package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.KinrealmClient;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node that stops sends its players to the other node (close 1012); they resume there and miss nothing. */
class NodeRestartTest {
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
    void the_players_of_a_stopping_node_move_to_the_other_node_and_miss_no_message() {
        String channel = "room:restart";
        Player aria = cluster.rest(1).newPlayer("aria", "Aria");
        Player brann = cluster.rest(2).newPlayer("brann", "Brann");
        KinrealmClient sender = cluster.signedIn(1, aria);
        Chat.join(sender, channel);
        KinrealmClient moving = cluster.roaming(cluster.ws(2), brann, 1);
        Received seen = Received.by(moving);
        Chat.reply(moving.join(channel));
        Chat.say(sender, channel, "before-", 5);
        seen.awaitSeq(channel, 5);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> cluster.stop(2));
        Chat.say(sender, channel, "during-", 20);
        Eventually.until("the client resumed on node 1", () -> !seen.resumes().isEmpty());
        stopping.join();
        Chat.say(sender, channel, "after-", 5);
        seen.awaitSeq(channel, 30);

        assertThat(seen.notices()).as("told before the close").singleElement()
                .satisfies(notice -> assertThat(notice.d().path("level").asText()).isEqualTo("warning"));
        seen.assertMovedOnce(1012, channel);
        assertThat(seen.seqs(channel)).containsExactlyElementsOf(Chat.seqs(1, 30));
        assertThat(seen.texts(channel)).containsExactlyElementsOf(Chat.inOrder(Chat.texts("before-", 1, 5),
                Chat.texts("during-", 1, 20), Chat.texts("after-", 1, 5)));
    }
}
