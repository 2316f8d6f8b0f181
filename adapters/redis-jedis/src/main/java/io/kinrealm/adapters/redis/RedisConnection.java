package io.kinrealm.adapters.redis;

import io.kinrealm.application.health.port.out.DependencyProbe;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * This node's connections to Redis: a bounded pool shared by the Redis adapters, the probe that tells the readiness
 * check whether Redis answers, and, once the event bus is first used, one subscriber connection for pub/sub.
 * Connections are opened on first use, so a node starts (and reports Redis as down) while Redis is unreachable. Close
 * it when the node stops.
 */
public final class RedisConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisConnection.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    private static final int MAX_CONNECTIONS = 32;

    private final RedisSettings settings;
    private final JedisPooled pool;
    private final RedisRateLimiter rateLimiter;
    private final RedisPresenceRegistry presence;
    private final RedisPositions positions;
    private final DependencyProbe probe;
    private final String nodeId = randomId();
    private RedisEventBus eventBus;
    private boolean closed;

    private RedisConnection(RedisSettings settings, JedisPooled pool, DependencyProbe probe) {
        this.settings = settings;
        this.pool = pool;
        this.rateLimiter = new RedisRateLimiter(pool, settings.keyPrefix());
        this.presence = new RedisPresenceRegistry(pool, settings.keyPrefix());
        this.positions = new RedisPositions(pool, settings.keyPrefix());
        this.probe = probe;
    }

    /** A pool of at most 32 connections, each with 2 s connect and read timeouts; none is opened yet. */
    public static RedisConnection connect(RedisSettings settings) {
        HostAndPort address = new HostAndPort(settings.host(), settings.port());
        JedisPooled pool = new JedisPooled(address, clientConfig(settings, TIMEOUT, "kinrealm"), poolConfig());
        JedisClientConfig probeConfig = clientConfig(settings, PROBE_TIMEOUT, "kinrealm");
        DependencyProbe probe = new RedisDependencyProbe(() -> new Jedis(address, probeConfig), settings.redacted());
        LOG.info("Redis at {} with key prefix {}", settings.redacted(), settings.keyPrefix());
        return new RedisConnection(settings, pool, probe);
    }

    /** The request counters shared by every node using this Redis and key prefix. */
    public RedisRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Presence shared by every node using this Redis and key prefix. */
    public RedisPresenceRegistry presence() {
        return presence;
    }

    /** Positions of characters and staying companions, shared by every node using this Redis and key prefix. */
    public RedisPositions positions() {
        return positions;
    }

    /**
     * The event bus shared by every node using this Redis and key prefix; made on first call, with its subscriber
     * connection opened on the first subscription.
     */
    public synchronized RedisEventBus eventBus() {
        if (closed) {
            throw new IllegalStateException("the Redis connection is closed");
        }
        if (eventBus == null) {
            HostAndPort address = new HostAndPort(settings.host(), settings.port());
            JedisClientConfig config = clientConfig(settings, TIMEOUT, subscriberName());
            eventBus = new RedisEventBus(pool, settings.keyPrefix(), nodeId, () -> new Jedis(address, config),
                    settings.redacted(), SubscriberLink.HEARTBEAT);
        }
        return eventBus;
    }

    /** The client name of this node's subscriber connection in Redis' CLIENT LIST. */
    String subscriberName() {
        return "kinrealm-sub-" + nodeId;
    }

    /** The readiness probe of Redis, named {@code redis}. */
    public DependencyProbe probe() {
        return probe;
    }

    /** Stops the event bus (its subscriber connection and threads) and closes the pool. */
    @Override
    public void close() {
        RedisEventBus bus;
        synchronized (this) {
            closed = true;
            bus = eventBus;
        }
        if (bus != null) {
            bus.close();
        }
        pool.close();
    }

    private static JedisClientConfig clientConfig(RedisSettings settings, Duration timeout, String clientName) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .database(settings.database())
                .ssl(settings.tls())
                .clientName(clientName);
        settings.user().ifPresent(config::user);
        settings.password().ifPresent(config::password);
        return config.build();
    }

    private static String randomId() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(TIMEOUT);
        pool.setTestWhileIdle(true);
        return pool;
    }
}
