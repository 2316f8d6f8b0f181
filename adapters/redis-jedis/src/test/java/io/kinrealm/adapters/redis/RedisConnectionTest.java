package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.testing.TestServices;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a node sees of Redis: whether it answers, and a clear infrastructure error when it does not. */
class RedisConnectionTest {
    private static final URI CLOSED_PORT = URI.create("redis://127.0.0.1:1");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void the_probe_reports_a_running_redis_as_up() {
        try (RedisConnection redis = RedisConnection.connect(RedisSettings.of(TestServices.redis()))) {
            assertThat(redis.probe().name()).isEqualTo("redis");
            assertThat(redis.probe().isUp()).isTrue();
        }
    }

    @Test
    void the_probe_reports_an_unreachable_redis_as_down_without_failing() {
        try (RedisConnection redis = RedisConnection.connect(RedisSettings.of(CLOSED_PORT))) {
            assertThat(redis.probe().isUp()).isFalse();
        }
    }

    @Test
    void counting_against_an_unreachable_redis_fails_with_an_infrastructure_error() {
        try (RedisConnection redis = RedisConnection.connect(RedisSettings.of(CLOSED_PORT))) {
            assertThatThrownBy(() -> redis.rateLimiter().hit("login:10.0.0.1", Duration.ofMinutes(1), NOW))
                    .isInstanceOf(InfrastructureException.class)
                    .extracting(e -> ((InfrastructureException) e).dependency()).isEqualTo("redis");
        }
    }

    @Test
    void counting_after_the_connection_is_closed_fails_with_an_infrastructure_error() {
        RedisConnection redis = RedisConnection.connect(RedisSettings.of(TestServices.redis()));
        redis.close();

        assertThatThrownBy(() -> redis.rateLimiter().hit("login:10.0.0.1", Duration.ofMinutes(1), NOW))
                .isInstanceOf(InfrastructureException.class);
    }

    @Test
    void the_password_in_the_url_is_presented_to_redis() throws URISyntaxException {
        URI real = TestServices.redis();
        URI wrongPassword = new URI(real.getScheme(), ":not-the-password", real.getHost(), real.getPort(),
                real.getPath(), null, null);

        try (RedisConnection redis = RedisConnection.connect(RedisSettings.of(wrongPassword))) {
            assertThat(redis.probe().isUp()).isFalse();
        }
    }

    @Test
    void the_database_index_in_the_url_is_the_one_written_to() throws URISyntaxException {
        URI real = TestServices.redis();
        URI database3 = new URI(real.getScheme(), real.getUserInfo(), real.getHost(), real.getPort(), "/3", null,
                null);
        URI database0 = new URI(real.getScheme(), real.getUserInfo(), real.getHost(), real.getPort(), "/0", null,
                null);
        String prefix = RedisTestKeys.newPrefix();
        try (RedisConnection redis = RedisConnection.connect(new RedisSettings(database3, prefix))) {
            redis.rateLimiter().hit("api:player", Duration.ofMinutes(1), NOW);

            String key = prefix + "rl:api:player:" + NOW.toEpochMilli();
            assertThat(RedisTestKeys.exists(database3, key)).isTrue();
            assertThat(RedisTestKeys.exists(database0, key)).isFalse();
        } finally {
            RedisTestKeys.deleteAll(database3, prefix);
        }
    }
}
