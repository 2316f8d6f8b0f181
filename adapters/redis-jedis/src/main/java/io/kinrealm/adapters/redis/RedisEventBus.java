package io.kinrealm.adapters.redis;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The cluster's event bus on Redis pub/sub. An event travels as JSON ({@code channel, name, seq, data}) on the Redis
 * channel {@code <prefix>ev:<channel>}; it is published through the shared pool and received on one subscriber
 * connection per node, which subscribes only to the channels this node has listeners for.
 *
 * <p>Delivery is at most once, as Redis pub/sub is. What a listener can rely on: every event published after
 * {@link #subscribe} returned reaches it, in publishing order per channel, unless it is later told
 * {@link EventBus.Listener#onPossibleLoss}. It is told so when the subscriber connection dropped (it reconnects with a
 * backoff of 50 ms doubling to 2 s and re-subscribes first), and when {@code subscribe} had to return before Redis
 * confirmed the subscription: {@code subscribe} waits up to {@link #CONFIRMATION_WAIT} for that confirmation, and not
 * at all while Redis is known to be unreachable. So {@code subscribe} never fails for want of Redis: it keeps trying
 * in the background until the bus is closed. Listeners are called on the bus's delivery threads, never on the thread
 * reading Redis, so a slow or throwing listener does not stop the node from reading.
 */
public final class RedisEventBus implements EventBus, AutoCloseable {
    /** How long {@link #subscribe} waits for Redis to confirm a new channel. */
    public static final Duration CONFIRMATION_WAIT = Duration.ofSeconds(2);

    private final UnifiedJedis pool;
    private final EventCodec codec = new EventCodec();
    private final SubscriberLink link;
    private final Deliveries deliveries;
    private final LocalChannels channels;
    private volatile boolean closed;

    /**
     * A bus publishing through the pool and subscribing on connections from {@code subscriberConnections}, PINGing
     * Redis on the subscriber connection every {@code heartbeat}; {@code where} names Redis in logs.
     */
    RedisEventBus(UnifiedJedis pool, String keyPrefix, String nodeId, Supplier<Jedis> subscriberConnections,
                  String where, Duration heartbeat) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.link = new SubscriberLink(subscriberConnections, keyPrefix + "node:" + nodeId, where, heartbeat);
        this.deliveries = new Deliveries(Math.max(2, Runtime.getRuntime().availableProcessors()),
                "kinrealm-redis-delivery-");
        this.channels = new LocalChannels(keyPrefix + "ev:", link, codec, deliveries);
    }

    @Override
    public void publish(ChannelEvent event) {
        String payload = codec.encode(event);
        try {
            pool.publish(channels.redisName(event.channel()), payload);
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not publish a " + event.name() + " event on "
                    + event.channel(), e);
        }
    }

    /** One pipeline, so a batch of events costs one round trip to Redis rather than one each. */
    @Override
    public void publishAll(List<ChannelEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> payloads = events.stream().map(codec::encode).toList();
        try (AbstractPipeline pipeline = pool.pipelined()) {
            for (int i = 0; i < events.size(); i++) {
                pipeline.publish(channels.redisName(events.get(i).channel()), payloads.get(i));
            }
            pipeline.sync();
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not publish " + events.size() + " events", e);
        }
    }

    @Override
    public Subscription subscribe(String channel, Listener listener) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(listener, "listener");
        if (closed) {
            throw new IllegalStateException("the event bus is closed");
        }
        LocalChannels.Pending pending = channels.add(channel, listener);
        link.start(channels);
        if (pending.worthWaiting()) {
            await(pending);
        }
        channels.settle(pending.subscription());
        return pending.subscription();
    }

    /** Stops the subscriber connection and the delivery threads, waiting a few seconds at most. */
    @Override
    public void close() {
        closed = true;
        link.close();
        deliveries.close();
    }

    private static void await(LocalChannels.Pending pending) {
        try {
            pending.confirmed().get(CONFIRMATION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // not confirmed in time: the subscription is marked and hears onPossibleLoss once it is
        }
    }
}
