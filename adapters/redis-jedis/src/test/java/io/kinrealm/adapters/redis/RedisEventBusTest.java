package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.testing.TestServices;
import io.kinrealm.testing.contract.EventBusContract;
import io.kinrealm.testing.contract.Inbox;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * The Redis event bus keeps the event-bus contract, each test's bus being a node of its own; two nodes sharing one
 * Redis see each other's events, and subscribe in Redis only to what they have listeners for.
 */
class RedisEventBusTest extends EventBusContract {
    private static final String PREFIX = RedisTestKeys.newPrefix();

    private static URI redisUrl;
    private static RedisConnection nodeA;
    private static RedisConnection nodeB;
    private final List<RedisConnection> contractNodes = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        redisUrl = TestServices.redis();
        nodeA = RedisConnection.connect(new RedisSettings(redisUrl, PREFIX));
        nodeB = RedisConnection.connect(new RedisSettings(redisUrl, PREFIX));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
            RedisTestKeys.deleteAll(redisUrl, PREFIX);
        }
    }

    @Override
    protected EventBus newEventBus() {
        return contractNode().eventBus();
    }

    @Override
    protected EventBus anotherNode(EventBus bus) {
        return contractNode().eventBus();
    }

    private RedisConnection contractNode() {
        RedisConnection node = RedisConnection.connect(new RedisSettings(TestServices.redis(), PREFIX));
        contractNodes.add(node);
        return node;
    }

    @AfterEach
    void stopContractNodes() {
        contractNodes.forEach(RedisConnection::close);
    }

    private static String aRoom() {
        return "room:t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ChannelEvent chat(String channel, long seq) {
        return new ChannelEvent(channel, "chat.message", seq, Map.of("text", "hello " + seq));
    }

    @Test
    void an_event_published_on_one_node_reaches_a_subscriber_on_the_other() throws InterruptedException {
        String channel = aRoom();
        Inbox onB = new Inbox();
        nodeB.eventBus().subscribe(channel, onB);

        nodeA.eventBus().publish(chat(channel, 1));

        ChannelEvent received = onB.next();
        assertThat(received.channel()).isEqualTo(channel);
        assertThat(received.seq()).isEqualTo(1);
        assertThat(received.data()).containsEntry("text", "hello 1");
    }

    @Test
    void deployments_with_different_key_prefixes_do_not_hear_each_other() throws InterruptedException {
        String channel = aRoom();
        Inbox onA = new Inbox();
        nodeA.eventBus().subscribe(channel, onA);
        try (RedisConnection otherDeployment = RedisConnection.connect(new RedisSettings(redisUrl, PREFIX + "b:"))) {
            otherDeployment.eventBus().publish(chat(channel, 1));
            nodeB.eventBus().publish(chat(channel, 2));

            assertThat(onA.next().seq()).isEqualTo(2);
            assertThat(onA.pending()).isEmpty();
        }
    }

    @Test
    void a_node_subscribes_in_redis_once_per_channel_and_unsubscribes_with_its_last_listener() throws Exception {
        String channel = aRoom();
        String redisChannel = PREFIX + "ev:" + channel;
        assertThat(RedisTestKeys.subscribers(redisUrl, redisChannel)).isZero();
        EventBus.Subscription first = nodeA.eventBus().subscribe(channel, new Inbox());
        EventBus.Subscription second = nodeA.eventBus().subscribe(channel, new Inbox());
        assertThat(RedisTestKeys.subscribers(redisUrl, redisChannel)).isEqualTo(1);

        first.close();
        assertThat(RedisTestKeys.subscribers(redisUrl, redisChannel)).isEqualTo(1);
        second.close();

        Eventually.until("no subscriber left on " + redisChannel,
                () -> RedisTestKeys.subscribers(redisUrl, redisChannel) == 0);
    }

    @Test
    void a_node_that_left_a_channel_and_joins_it_again_hears_it_again() throws InterruptedException {
        String channel = aRoom();
        nodeB.eventBus().subscribe(channel, new Inbox()).close();
        Inbox again = new Inbox();
        nodeB.eventBus().subscribe(channel, again);

        nodeA.eventBus().publish(chat(channel, 1));

        assertThat(again.next().seq()).isEqualTo(1);
    }

    @Test
    void events_travel_as_json_on_the_prefixed_redis_channel() throws InterruptedException {
        String channel = aRoom();
        Inbox onB = new Inbox();
        nodeB.eventBus().subscribe(channel, onB);
        try (JedisPooled raw = new JedisPooled(redisUrl)) {
            raw.publish(PREFIX + "ev:" + channel, "{\"channel\":\"" + channel + "\",\"name\":\"notice\",\"seq\":0,"
                    + "\"data\":{\"level\":\"info\",\"lines\":[1,2]}}");
        }

        ChannelEvent received = onB.next();
        assertThat(received.name()).isEqualTo("notice");
        assertThat(received.sequenced()).isFalse();
        assertThat(received.data()).containsEntry("level", "info").containsEntry("lines", List.of(1, 2));
    }

    @Test
    void a_message_that_is_not_an_event_is_dropped_and_later_events_still_arrive() throws InterruptedException {
        String channel = aRoom();
        Inbox onB = new Inbox();
        nodeB.eventBus().subscribe(channel, onB);
        try (JedisPooled raw = new JedisPooled(redisUrl)) {
            raw.publish(PREFIX + "ev:" + channel, "not json");
            raw.publish(PREFIX + "ev:" + channel, "{\"channel\":\"x\"}");
        }
        nodeA.eventBus().publish(chat(channel, 3));

        assertThat(onB.next().seq()).isEqualTo(3);
        assertThat(onB.losses()).isEmpty();
    }

    @Test
    void data_that_json_cannot_carry_is_refused_before_anything_is_sent() {
        ChannelEvent odd = new ChannelEvent(aRoom(), "chat.message", 1, Map.of("thread", new Object()));

        assertThatThrownBy(() -> nodeA.eventBus().publish(odd)).isInstanceOf(IllegalArgumentException.class);
    }
}
