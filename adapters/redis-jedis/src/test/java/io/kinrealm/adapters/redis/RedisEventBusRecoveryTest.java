package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.testing.TestServices;
import io.kinrealm.testing.contract.Inbox;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * What a node's event bus does when its link to Redis breaks: it reconnects by itself, subscribes again, tells each
 * listener that events may have been lost (so sequenced channels can be backfilled), and delivers again.
 */
class RedisEventBusRecoveryTest {
    private static final URI CLOSED_PORT = URI.create("redis://127.0.0.1:1");

    private final String prefix = RedisTestKeys.newPrefix();
    private URI redisUrl;
    private RedisConnection publisher;

    @BeforeEach
    void startPublishingNode() {
        redisUrl = TestServices.redis();
        publisher = RedisConnection.connect(new RedisSettings(redisUrl, prefix));
    }

    @AfterEach
    void stopPublishingNode() {
        if (publisher == null) {
            return; // skipped: no Redis to test against
        }
        publisher.close();
        RedisTestKeys.deleteAll(redisUrl, prefix);
    }

    private static String aChannel() {
        return "room:r" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ChannelEvent chat(String channel, long seq) {
        return new ChannelEvent(channel, "chat.message", seq, Map.of("text", "hello " + seq));
    }

    @Test
    void a_node_whose_subscriber_connection_is_killed_reports_a_possible_loss_and_hears_again() throws Exception {
        String channel = aChannel();
        try (RedisConnection node = RedisConnection.connect(new RedisSettings(redisUrl, prefix))) {
            Inbox listener = new Inbox();
            node.eventBus().subscribe(channel, listener);
            publisher.eventBus().publish(chat(channel, 1));
            assertThat(listener.next().seq()).isEqualTo(1);

            RedisTestKeys.killSubscriber(redisUrl, node.subscriberName());

            assertThat(listener.nextLoss()).isEqualTo(channel);
            publisher.eventBus().publish(chat(channel, 2));
            assertThat(listener.next().seq()).isEqualTo(2);
        }
    }

    @Test
    void subscriptions_opened_and_closed_while_redis_is_away_are_honoured_once_it_is_back() throws Exception {
        String kept = aChannel();
        String joinedMeanwhile = aChannel();
        String leftMeanwhile = aChannel();
        try (TcpRelay network = TcpRelay.to(redisUrl);
             RedisConnection node = RedisConnection.connect(new RedisSettings(network.url(), prefix))) {
            Inbox onKept = new Inbox();
            node.eventBus().subscribe(kept, onKept);
            EventBus.Subscription leaving = node.eventBus().subscribe(leftMeanwhile, new Inbox());

            network.cut();
            Eventually.until("the node's subscriber gone from Redis",
                    () -> !RedisTestKeys.subscriberConnected(redisUrl, node.subscriberName()));
            Inbox onJoined = new Inbox();
            node.eventBus().subscribe(joinedMeanwhile, onJoined);
            leaving.close();
            network.restore();

            assertThat(onKept.nextLoss()).isEqualTo(kept);
            assertThat(onJoined.nextLoss()).isEqualTo(joinedMeanwhile);
            publisher.eventBus().publish(chat(kept, 7));
            publisher.eventBus().publish(chat(joinedMeanwhile, 1));
            assertThat(onKept.next().seq()).isEqualTo(7);
            assertThat(onJoined.next().seq()).isEqualTo(1);
            assertThat(RedisTestKeys.subscribers(redisUrl, prefix + "ev:" + leftMeanwhile)).isZero();
        }
    }

    @Test
    void a_node_that_stops_hearing_from_redis_reconnects_by_itself_and_reports_a_possible_loss() throws Exception {
        String channel = aChannel();
        try (TcpRelay network = TcpRelay.to(redisUrl);
             JedisPooled pool = new JedisPooled(redisUrl);
             RedisEventBus bus = new RedisEventBus(pool, prefix, "half-open", subscriberVia(network),
                     network.url().toString(), Duration.ofMillis(100))) {
            Inbox listener = new Inbox();
            bus.subscribe(channel, listener);

            network.freeze();
            int before = network.accepted();
            Eventually.until("a new connection attempt", () -> network.accepted() > before);
            network.thaw();

            assertThat(listener.nextLoss()).isEqualTo(channel);
            publisher.eventBus().publish(chat(channel, 2));
            assertThat(listener.next().seq()).isEqualTo(2);
        }
    }

    private static Supplier<Jedis> subscriberVia(TcpRelay network) {
        JedisClientConfig config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(500).socketTimeoutMillis(500).build();
        HostAndPort address = new HostAndPort(network.url().getHost(), network.url().getPort());
        return () -> new Jedis(address, config);
    }

    @Test
    void publishing_without_redis_fails_with_an_infrastructure_error() {
        try (RedisConnection node = RedisConnection.connect(RedisSettings.of(CLOSED_PORT))) {
            assertThatThrownBy(() -> node.eventBus().publish(chat(aChannel(), 1)))
                    .isInstanceOf(InfrastructureException.class)
                    .extracting(e -> ((InfrastructureException) e).dependency()).isEqualTo("redis");
        }
    }

    @Test
    void subscribing_without_redis_succeeds_and_closing_the_node_stops_its_retries_promptly() {
        long subscribersBefore = subscriberThreads();
        RedisConnection node = RedisConnection.connect(RedisSettings.of(CLOSED_PORT));
        assertThatCode(() -> node.eventBus().subscribe(aChannel(), new Inbox()).close())
                .doesNotThrowAnyException();
        node.eventBus().subscribe(aChannel(), new Inbox());

        long started = System.nanoTime();
        node.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(subscriberThreads()).isEqualTo(subscribersBefore);
    }

    private static long subscriberThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("kinrealm-redis-"))
                .count();
    }
}
