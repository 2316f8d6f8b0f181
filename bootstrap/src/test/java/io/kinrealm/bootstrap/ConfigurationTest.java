package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void with_no_variables_the_server_runs_embedded_on_port_7070() {
        Configuration config = Configuration.fromEnvironment(Map.of());
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.database()).isEmpty();
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.jwtSecret()).isEmpty();
        assertThat(config.bcryptCost()).isEqualTo(12);
        assertThat(config.limits().auth()).isEqualTo(new Configuration.Limit(100, Duration.ofMinutes(15)));
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.operators()).isEmpty();
        assertThat(config.moderators()).isEmpty();
    }

    @Test
    void operators_and_moderators_are_lists_of_usernames() {
        Configuration config = Configuration.fromEnvironment(Map.of(
                "KINREALM_OPERATORS", "Aria, bran",
                "KINREALM_MODERATORS", "Cato"));
        assertThat(config.operators()).containsExactly("Aria", "bran");
        assertThat(config.moderators()).containsExactly("Cato");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("KINREALM_OPERATORS", "Aria, no way!")))
                .hasMessageContaining("KINREALM_OPERATORS").hasMessageContaining("no way!");
    }

    @Test
    void database_redis_and_limits_are_read_from_the_environment() {
        Configuration config = Configuration.fromEnvironment(Map.of(
                "KINREALM_PORT", "8080",
                "KINREALM_DB_URL", "jdbc:postgresql://db:5432/kinrealm",
                "KINREALM_DB_USER", "kin",
                "KINREALM_DB_PASSWORD", "secret",
                "KINREALM_REDIS_URL", "redis://cache:6379",
                "KINREALM_RATE_LIMIT_AUTH", "20/1m",
                "KINREALM_RATE_LIMIT_API", "5/s",
                "KINREALM_CORS_ORIGINS", "https://play.kinrealm.io, https://admin.kinrealm.io"));
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/kinrealm");
            assertThat(db.user()).isEqualTo("kin");
            assertThat(db.schema()).isEqualTo("public");
        });
        assertThat(config.redisUrl()).contains(URI.create("redis://cache:6379"));
        assertThat(config.limits().auth()).isEqualTo(new Configuration.Limit(20, Duration.ofMinutes(1)));
        assertThat(config.limits().api()).isEqualTo(new Configuration.Limit(5, Duration.ofSeconds(1)));
        assertThat(config.corsOrigins()).isEqualTo(List.of("https://play.kinrealm.io", "https://admin.kinrealm.io"));
    }

    @Test
    void a_malformed_value_is_refused_naming_its_variable() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("KINREALM_PORT", "seventy")))
                .hasMessageContaining("KINREALM_PORT");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("KINREALM_BCRYPT_COST", "40")))
                .hasMessageContaining("KINREALM_BCRYPT_COST");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("KINREALM_RATE_LIMIT_AUTH", "lots")))
                .hasMessageContaining("KINREALM_RATE_LIMIT_AUTH");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("KINREALM_REDIS_URL", "http://cache")))
                .hasMessageContaining("KINREALM_REDIS_URL");
    }
}
