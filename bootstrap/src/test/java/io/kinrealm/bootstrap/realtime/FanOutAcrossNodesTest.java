package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.KinrealmClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A chat message reaches every member of its channel exactly once and in seq order, whether the member is on the
 * sender's node or on the other one. Each test ends with one more message and waits for it, so that a duplicate
 * arriving late would still be seen before the assertions.
 */
class FanOutAcrossNodesTest extends TwoNodeTest {

    @Test
    void fifty_messages_sent_on_node_one_reach_a_member_on_node_two_once_each_and_in_order() {
        KinrealmClient sender = cluster.signedIn(1, aria);
        KinrealmClient member = cluster.signedIn(2, brann);
        Received senderSaw = Received.by(sender);
        Received memberSaw = Received.by(member);
        Chat.join(sender, "room:far");
        Chat.join(member, "room:far");

        List<Long> acked = Chat.say(sender, "room:far", "x-", 50);
        Chat.say(sender, "room:far", "last");
        memberSaw.awaitSeq("room:far", 51);
        senderSaw.awaitSeq("room:far", 51);

        assertThat(acked).containsExactlyElementsOf(Chat.seqs(1, 50));
        assertThat(memberSaw.seqs("room:far")).containsExactlyElementsOf(Chat.seqs(1, 51));
        assertThat(memberSaw.texts("room:far").subList(0, 50)).containsExactlyElementsOf(Chat.texts("x-", 1, 50));
        assertThat(memberSaw.chat("room:far").getFirst().d().path("senderName").asText()).isEqualTo("Aria");
        assertThat(senderSaw.seqs("room:far")).as("the sender's own echoes")
                .containsExactlyElementsOf(Chat.seqs(1, 51));
    }

    @Test
    void fifty_messages_reach_a_member_on_the_same_node_once_each_and_in_order() {
        KinrealmClient sender = cluster.signedIn(1, aria);
        KinrealmClient member = cluster.signedIn(1, cael);
        Received memberSaw = Received.by(member);
        Chat.join(sender, "room:near");
        Chat.join(member, "room:near");

        Chat.say(sender, "room:near", "w-", 50);
        Chat.say(sender, "room:near", "last");
        memberSaw.awaitSeq("room:near", 51);

        assertThat(memberSaw.seqs("room:near")).containsExactlyElementsOf(Chat.seqs(1, 51));
        assertThat(memberSaw.texts("room:near").subList(0, 50)).containsExactlyElementsOf(Chat.texts("w-", 1, 50));
    }

    @Test
    void players_talking_at_once_on_both_nodes_all_see_one_and_the_same_order() {
        KinrealmClient onOne = cluster.signedIn(1, aria);
        KinrealmClient onTwo = cluster.signedIn(2, brann);
        KinrealmClient alsoOnOne = cluster.signedIn(1, cael);
        List<Received> seen = List.of(Received.by(onOne), Received.by(onTwo), Received.by(alsoOnOne));
        List.of(onOne, onTwo, alsoOnOne).forEach(client -> Chat.join(client, "room:both"));

        CompletableFuture<List<Long>> fromOne = CompletableFuture.supplyAsync(
                () -> Chat.say(onOne, "room:both", "one-", 30));
        List<Long> fromTwo = Chat.say(onTwo, "room:both", "two-", 30);
        fromOne.join();
        Chat.say(onTwo, "room:both", "last");
        seen.forEach(received -> received.awaitSeq("room:both", 61));

        assertThat(fromTwo).isSorted().doesNotHaveDuplicates();
        List<String> order = seen.getFirst().texts("room:both");
        assertThat(order).hasSize(61).doesNotHaveDuplicates()
                .containsSubsequence(Chat.texts("one-", 1, 30)).containsSubsequence(Chat.texts("two-", 1, 30));
        seen.forEach(received -> {
            assertThat(received.seqs("room:both")).containsExactlyElementsOf(Chat.seqs(1, 61));
            assertThat(received.texts("room:both")).containsExactlyElementsOf(order);
        });
    }
}
