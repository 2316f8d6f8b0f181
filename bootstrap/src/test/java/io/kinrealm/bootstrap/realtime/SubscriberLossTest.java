package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.KinrealmClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis pub/sub forgets what it published while a node was not subscribed. When node 2's subscriber connection is
 * killed (CLIENT KILL ID, found by its name), node 2 reconnects, and fills in from the chat log what it may have
 * missed: its members still get every message once and in order. A message sent right after the kill is, in most
 * runs, published before node 2 has subscribed again; nothing but that catching up then delivers it, as no later
 * message reveals the gap.
 */
class SubscriberLossTest extends TwoNodeTest {
    private KinrealmClient sender;
    private KinrealmClient member;
    private Received memberSaw;

    @BeforeEach
    void connect() {
        sender = cluster.signedIn(1, aria);
        member = cluster.signedIn(2, brann);
        memberSaw = Received.by(member);
    }

    @Test
    void a_member_on_node_two_gets_all_200_messages_in_order_although_its_node_lost_redis_midway() {
        String channel = "room:stream";
        List.of(sender, member).forEach(client -> Chat.join(client, channel));
        String subscriber = cluster.redis().subscriberClientId(cluster.nodeId(2)).orElseThrow();

        CompletableFuture<List<Long>> streaming = CompletableFuture.supplyAsync(
                () -> Chat.say(sender, channel, "m-", 200));
        memberSaw.awaitSeq(channel, 50);
        long killed = cluster.redis().kill(subscriber);
        List<Long> acked = streaming.join();
        Chat.say(sender, channel, "last");
        memberSaw.awaitSeq(channel, 201);

        assertThat(killed).as("node 2's subscriber connection killed").isEqualTo(1);
        assertThat(acked).containsExactlyElementsOf(Chat.seqs(1, 200));
        assertThat(memberSaw.seqs(channel)).containsExactlyElementsOf(Chat.seqs(1, 201));
        assertThat(memberSaw.texts(channel).subList(0, 200)).containsExactlyElementsOf(Chat.texts("m-", 1, 200));
        assertThat(cluster.redis().subscriberClientId(cluster.nodeId(2))).as("node 2 subscribed again")
                .isPresent().get().isNotEqualTo(subscriber);
    }

    @Test
    void a_message_published_while_node_two_was_not_subscribed_arrives_even_when_nothing_follows_it() {
        String channel = "room:quiet";
        List.of(sender, member).forEach(client -> Chat.join(client, channel));
        Chat.say(sender, channel, "heard-", 3);
        memberSaw.awaitSeq(channel, 3);
        String subscriber = cluster.redis().subscriberClientId(cluster.nodeId(2)).orElseThrow();

        assertThat(cluster.redis().kill(subscriber)).isEqualTo(1);
        Chat.say(sender, channel, "unheard");
        memberSaw.awaitSeq(channel, 4);

        assertThat(memberSaw.seqs(channel)).containsExactlyElementsOf(Chat.seqs(1, 4));
        assertThat(memberSaw.texts(channel).getLast()).isEqualTo("unheard");
    }
}
