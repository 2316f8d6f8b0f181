package io.kinrealm.adapters.redis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * This node's one subscriber connection to Redis, kept open by a thread of its own from the first subscription until
 * {@link #close()}. The connection always listens on a private control channel, so that it stays in subscriber mode
 * while no game channel is wanted; game channels are added and dropped on the running connection. When the connection
 * drops (Redis restarted, the client killed, a network error, or nothing heard for three heartbeats although a PING
 * goes out every heartbeat, as on a half-open TCP connection) the thread reconnects with a backoff from
 * {@link #FIRST_RETRY} doubling to {@link #MAX_RETRY}, and the {@link LinkEvents} handler re-subscribes what it
 * still wants.
 */
final class SubscriberLink implements AutoCloseable {
    static final Duration FIRST_RETRY = Duration.ofMillis(50);
    static final Duration MAX_RETRY = Duration.ofSeconds(2);
    /** How often a node PINGs Redis on its subscriber connection. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(SubscriberLink.class);

    private final Supplier<Jedis> connector;
    private final String controlChannel;
    private final String where;
    private final Duration heartbeatEvery;
    private final Object lock = new Object();
    private LinkEvents handler;
    private Jedis jedis;
    private JedisPubSub pubSub;
    private boolean up;
    private Thread thread;
    private ScheduledExecutorService heartbeat;
    private volatile boolean closed;
    private volatile boolean failing;
    private volatile long lastHeardNanos;

    SubscriberLink(Supplier<Jedis> connector, String controlChannel, String where, Duration heartbeatEvery) {
        this.connector = connector;
        this.controlChannel = controlChannel;
        this.where = where;
        this.heartbeatEvery = heartbeatEvery;
    }

    /** Opens the connection in the background, once; the handler hears of everything from then on. */
    void start(LinkEvents events) {
        synchronized (lock) {
            if (thread != null || closed) {
                return;
            }
            handler = events;
            thread = Thread.ofPlatform().daemon().name("kinrealm-redis-subscriber").start(this::run);
            heartbeat = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("kinrealm-redis-heartbeat").factory());
            long every = heartbeatEvery.toMillis();
            heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether the last connection attempt failed and no connection has been made since. */
    boolean failing() {
        return failing;
    }

    /** Sends SUBSCRIBE when the connection is up; false when it did not (the handler re-subscribes on connect). */
    boolean subscribe(String... redisChannels) {
        synchronized (lock) {
            return up && send(() -> pubSub.subscribe(redisChannels));
        }
    }

    /** Sends UNSUBSCRIBE when the connection is up (a new connection subscribes only what is still wanted). */
    void unsubscribe(String... redisChannels) {
        synchronized (lock) {
            if (up) {
                send(() -> pubSub.unsubscribe(redisChannels));
            }
        }
    }

    /** Closes the connection and waits (a few seconds at most) for the link's threads to end. */
    @Override
    public void close() {
        Thread running;
        ScheduledExecutorService beating;
        synchronized (lock) {
            closed = true;
            running = thread;
            beating = heartbeat;
            dropQuietly(jedis);
        }
        if (running != null) {
            beating.shutdownNow();
            running.interrupt();
            join(running, beating);
        }
    }

    private void run() {
        Reconnection reconnection = new Reconnection(where);
        while (!closed) {
            String reason = session(reconnection);
            if (closed) {
                return;
            }
            reconnection.failed(reason);
            handler.down();
            if (!reconnection.pause()) {
                return;
            }
        }
    }

    /** One connection, from opening to its end; answers why it ended. */
    private String session(Reconnection reconnection) {
        try {
            listen(reconnection);
            return "the subscription ended";
        } catch (RuntimeException e) {
            return e.toString();
        } finally {
            hangUp();
        }
    }

    private void listen(Reconnection reconnection) {
        Jedis connection = connector.get();
        JedisPubSub listener = new LinkListener(controlChannel, handler, () -> goUp(reconnection), this::heard);
        synchronized (lock) {
            jedis = connection;
            pubSub = listener;
            if (closed) {
                return;
            }
        }
        connection.subscribe(listener, controlChannel);
    }

    private void hangUp() {
        synchronized (lock) {
            up = false;
            failing = true;
            dropQuietly(jedis);
            jedis = null;
            pubSub = null;
        }
    }

    private void goUp(Reconnection reconnection) {
        synchronized (lock) {
            up = true;
            failing = false;
        }
        heard();
        reconnection.succeeded();
        handler.connected();
    }

    private void heard() {
        lastHeardNanos = System.nanoTime();
    }

    private void beat() {
        synchronized (lock) {
            if (!up) {
                return;
            }
            Duration silence = Duration.ofNanos(System.nanoTime() - lastHeardNanos);
            if (silence.compareTo(heartbeatEvery.multipliedBy(3)) > 0) {
                LOG.warn("Redis at {} did not answer the subscriber's PING for {}: reconnecting", where, silence);
                dropQuietly(jedis);
                return;
            }
            send(pubSub::ping);
        }
    }

    private boolean send(Runnable command) {
        try {
            command.run();
            return true;
        } catch (JedisException e) {
            LOG.debug("could not write to the subscriber connection to {}: {}", where, e.toString());
            return false;
        }
    }

    /** Closes the socket, which makes the link's thread fail out of its read; a broken socket may complain. */
    private static void dropQuietly(Jedis connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.disconnect();
        } catch (RuntimeException e) {
            LOG.debug("closing the subscriber connection: {}", e.toString());
        }
    }

    private static void join(Thread running, ScheduledExecutorService beating) {
        try {
            running.join(STOP_WAIT);
            beating.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warn("the Redis subscriber thread did not stop within {}", STOP_WAIT);
        }
    }
}
