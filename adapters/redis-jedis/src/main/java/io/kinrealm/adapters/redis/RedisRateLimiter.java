package io.kinrealm.adapters.redis;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Request counters in fixed windows, kept in Redis so that every node of the cluster counts the same requests. One
 * key per counter and window, {@code <prefix>rl:<key>:<window start in epoch millis>}; the window start comes from the
 * {@code now} the caller passes (never from Redis' or this machine's clock), so nodes that share a game clock agree on
 * the window. A small Lua script increments the counter and, when it was just created, makes it expire
 * {@link #EXPIRY_MARGIN} after the window ends, in one atomic step: Redis keeps no counter of an ended window for long.
 */
public final class RedisRateLimiter implements RateLimiter {
    /** How long a counter outlives its window, to absorb small clock differences between nodes. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(1);

    /** INCR; set the expiry on the first hit (or on a counter found without one, which nothing else should write). */
    private static final LuaScript HIT_SCRIPT = LuaScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 or redis.call('PTTL', KEYS[1]) == -1 then
                redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """);

    private final UnifiedJedis redis;
    private final String keyPrefix;

    RedisRateLimiter(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "key prefix");
    }

    @Override
    public long hit(String key, Duration window, Instant now) {
        long windowMillis = window.toMillis();
        if (windowMillis < 1) {
            throw new IllegalArgumentException("a rate-limit window lasts at least a millisecond, was " + window);
        }
        long nowMillis = now.toEpochMilli();
        long windowStart = Math.floorDiv(nowMillis, windowMillis) * windowMillis;
        long expiresInMillis = windowStart + windowMillis - nowMillis + EXPIRY_MARGIN.toMillis();
        List<String> keys = List.of(counterKey(key, windowStart));
        List<String> args = List.of(Long.toString(expiresInMillis));
        try {
            return (Long) HIT_SCRIPT.run(redis, keys, args);
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not count a request for rate limiting", e);
        }
    }

    /** The Redis key of a counter: this server's prefix, {@code rl:}, the caller's key and the window start. */
    String counterKey(String key, long windowStartMillis) {
        return keyPrefix + "rl:" + key + ":" + windowStartMillis;
    }
}
