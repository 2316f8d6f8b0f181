package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.testing.contract.RateLimiterContract;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis request counters keep the rate-limiter contract, are shared by nodes and do not pile up in Redis. */
class RedisRateLimiterTest extends RateLimiterContract {
    @RegisterExtension
    static final RedisTestNode REDIS = new RedisTestNode();

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant WINDOW_START = Instant.parse("2026-11-25T12:00:00Z");

    @Override
    protected RateLimiter limiter() {
        return REDIS.node().rateLimiter();
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static String counterKey(String key, Instant windowStart) {
        return REDIS.prefix() + "rl:" + key + ":" + windowStart.toEpochMilli();
    }

    @Test
    void two_nodes_on_one_redis_share_one_count() {
        String key = key();
        try (RedisConnection otherNode = REDIS.anotherNode()) {
            REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START);
            otherNode.rateLimiter().hit(key, MINUTE, WINDOW_START.plusSeconds(5));
            assertThat(REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START.plusSeconds(10))).isEqualTo(3);
            assertThat(otherNode.rateLimiter().hit(key, MINUTE, WINDOW_START.plusSeconds(20))).isEqualTo(4);
        }
    }

    @Test
    void deployments_with_different_key_prefixes_count_apart() {
        String key = key();
        try (RedisConnection otherDeployment = RedisConnection.connect(new RedisSettings(REDIS.url(), REDIS.prefix() + "b:"))) {
            REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START);
            REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START);
            assertThat(otherDeployment.rateLimiter().hit(key, MINUTE, WINDOW_START)).isEqualTo(1);
        }
    }

    @Test
    void a_counter_lives_no_longer_than_its_window_and_a_small_margin() {
        String key = key();
        REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START);

        long ttl = RedisTestKeys.pttl(REDIS.url(), counterKey(key, WINDOW_START));

        assertThat(ttl).isPositive().isLessThanOrEqualTo(MINUTE.plus(RedisRateLimiter.EXPIRY_MARGIN).toMillis());
    }

    @Test
    void a_counter_first_hit_late_in_its_window_expires_soon_after_the_window_ends() {
        String key = key();
        REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START.plusSeconds(50));

        long ttl = RedisTestKeys.pttl(REDIS.url(), counterKey(key, WINDOW_START));

        assertThat(ttl).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(10).plus(RedisRateLimiter.EXPIRY_MARGIN).toMillis());
    }

    @Test
    void later_hits_do_not_push_the_expiry_back() {
        String key = key();
        REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START.plusSeconds(50));
        REDIS.node().rateLimiter().hit(key, MINUTE, WINDOW_START);

        long ttl = RedisTestKeys.pttl(REDIS.url(), counterKey(key, WINDOW_START));

        assertThat(ttl).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(10).plus(RedisRateLimiter.EXPIRY_MARGIN).toMillis());
    }

    @Test
    void the_window_is_taken_from_the_time_given_not_from_a_clock() {
        String key = key();
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        REDIS.node().rateLimiter().hit(key, MINUTE, longAgo.plusSeconds(30));

        assertThat(RedisTestKeys.exists(REDIS.url(), counterKey(key, longAgo))).isTrue();
        assertThat(REDIS.node().rateLimiter().hit(key, MINUTE, longAgo.plusSeconds(59))).isEqualTo(2);
    }
}
