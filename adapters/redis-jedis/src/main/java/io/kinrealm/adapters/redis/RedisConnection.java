package io.kinrealm.adapters.redis;

import io.kinrealm.application.health.port.out.DependencyProbe;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * This node's connections to Redis: a bounded pool shared by the Redis adapters, and the probe that tells the
 * readiness check whether Redis answers. Connections are opened on first use, so a node starts (and reports Redis as
 * down) while Redis is unreachable. Close it when the node stops.
 */
public final class RedisConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisConnection.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    private static final int MAX_CONNECTIONS = 32;

    private final JedisPooled pool;
    private final RedisRateLimiter rateLimiter;
    private final DependencyProbe probe;

    private RedisConnection(JedisPooled pool, RedisRateLimiter rateLimiter, DependencyProbe probe) {
        this.pool = pool;
        this.rateLimiter = rateLimiter;
        this.probe = probe;
    }

    /** A pool of at most 32 connections, each with 2 s connect and read timeouts; none is opened yet. */
    public static RedisConnection connect(RedisSettings settings) {
        HostAndPort address = new HostAndPort(settings.host(), settings.port());
        JedisPooled pool = new JedisPooled(address, clientConfig(settings, TIMEOUT), poolConfig());
        JedisClientConfig probeConfig = clientConfig(settings, PROBE_TIMEOUT);
        DependencyProbe probe = new RedisDependencyProbe(() -> new Jedis(address, probeConfig), settings.redacted());
        LOG.info("Redis at {} with key prefix {}", settings.redacted(), settings.keyPrefix());
        return new RedisConnection(pool, new RedisRateLimiter(pool, settings.keyPrefix()), probe);
    }

    /** The request counters shared by every node using this Redis and key prefix. */
    public RedisRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The readiness probe of Redis, named {@code redis}. */
    public DependencyProbe probe() {
        return probe;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static JedisClientConfig clientConfig(RedisSettings settings, Duration timeout) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .database(settings.database())
                .ssl(settings.tls())
                .clientName("kinrealm");
        settings.user().ifPresent(config::user);
        settings.password().ifPresent(config::password);
        return config.build();
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
