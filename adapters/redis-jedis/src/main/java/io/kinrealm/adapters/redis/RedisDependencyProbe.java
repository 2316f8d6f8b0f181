package io.kinrealm.adapters.redis;

import io.kinrealm.application.health.port.out.DependencyProbe;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;

/**
 * Whether Redis answers: a PING on a connection of its own with short timeouts, so that the readiness check says
 * "down" quickly and is not held up behind the rate limiter's requests when the pool is busy.
 */
final class RedisDependencyProbe implements DependencyProbe {
    private static final Logger LOG = LoggerFactory.getLogger(RedisDependencyProbe.class);

    private final Supplier<Jedis> connections;
    private final String where;

    RedisDependencyProbe(Supplier<Jedis> connections, String where) {
        this.connections = connections;
        this.where = where;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean isUp() {
        try (Jedis jedis = connections.get()) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            LOG.debug("Redis at {} did not answer PING: {}", where, e.toString());
            return false;
        }
    }
}
