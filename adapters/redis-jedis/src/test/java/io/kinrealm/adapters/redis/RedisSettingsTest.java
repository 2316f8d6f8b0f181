package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** How an operator's Redis URL and key prefix are read. */
class RedisSettingsTest {

    @Test
    void keys_are_prefixed_with_kinrealm_unless_told_otherwise() {
        assertThat(new RedisSettings(URI.create("redis://cache:6379"), null).keyPrefix()).isEqualTo("kinrealm:");
        assertThat(new RedisSettings(URI.create("redis://cache:6379"), "  ").keyPrefix()).isEqualTo("kinrealm:");
        assertThat(new RedisSettings(URI.create("redis://cache:6379"), "eu1:").keyPrefix()).isEqualTo("eu1:");
    }

    @Test
    void a_url_carries_host_port_password_and_database() {
        RedisSettings settings = RedisSettings.of(URI.create("redis://:s3cret@cache.internal:6380/2"));

        assertThat(settings.host()).isEqualTo("cache.internal");
        assertThat(settings.port()).isEqualTo(6380);
        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).contains("s3cret");
        assertThat(settings.database()).isEqualTo(2);
        assertThat(settings.tls()).isFalse();
    }

    @Test
    void a_url_may_name_a_user_use_tls_and_leave_out_the_default_port() {
        RedisSettings settings = RedisSettings.of(URI.create("rediss://kinrealm:s3cret@cache.internal"));

        assertThat(settings.user()).contains("kinrealm");
        assertThat(settings.password()).contains("s3cret");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.database()).isZero();
        assertThat(settings.tls()).isTrue();
    }

    @Test
    void the_password_never_appears_in_logs() {
        RedisSettings settings = RedisSettings.of(URI.create("redis://:s3cret@cache.internal:6380/2"));

        assertThat(settings.toString()).doesNotContain("s3cret").contains("cache.internal:6380");
    }

    @Test
    void urls_that_are_not_redis_urls_are_refused() {
        assertThatThrownBy(() -> RedisSettings.of(URI.create("http://cache:6379")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisSettings.of(URI.create("redis://cache:6379/not-a-database")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_password_without_its_colon_is_refused_rather_than_taken_for_a_user() {
        assertThatThrownBy(() -> RedisSettings.of(URI.create("redis://s3cret@cache:6379")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret");
    }
}
