package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.testing.TestServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same server on PostgreSQL and Redis keeps accounts and characters across a restart. */
class PersistentServerTest {
    private static TestServices.Postgres postgres;
    private static Map<String, String> env;
    private static String schema;

    @BeforeAll
    static void configure() {
        postgres = TestServices.postgres();
        schema = "kr_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        env = new HashMap<>(Map.of(
                "KINREALM_PORT", "0", "KINREALM_HOST", "127.0.0.1", "KINREALM_BCRYPT_COST", "4",
                "KINREALM_DB_URL", postgres.jdbcUrl(), "KINREALM_DB_USER", postgres.user(),
                "KINREALM_DB_SCHEMA", schema,
                "KINREALM_REDIS_URL", TestServices.redis().toString(),
                "KINREALM_REDIS_KEY_PREFIX", schema + ":",
                "KINREALM_JWT_SECRET", "a-test-secret-of-at-least-thirty-two-bytes"));
        env.put("KINREALM_DB_PASSWORD", postgres.password());
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void accounts_and_characters_survive_a_restart() throws Exception {
        try (KinrealmServer first = KinrealmServer.start(Configuration.fromEnvironment(env))) {
            ServerClient client = new ServerClient(first.port());
            String token = client.newPlayer("mira", "moonlit-vault-7");
            assertThat(client.post("/api/v1/characters", "{\"name\":\"Mira\",\"civilization\":\"nocteri\"}",
                    token).status()).isEqualTo(201);
        }
        try (KinrealmServer second = KinrealmServer.start(Configuration.fromEnvironment(env))) {
            ServerClient client = new ServerClient(second.port());
            String token = client.logIn("MIRA", "moonlit-vault-7");
            ServerClient.Answer mine = client.get("/api/v1/characters", token);
            assertThat(mine.body().findValuesAsText("name")).containsExactly("Mira");
            assertThat(mine.body().findValuesAsText("civilization")).containsExactly("nocteri");
            ServerClient.Answer ready = client.get("/health/ready", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body().toString()).contains("postgresql").contains("redis");
        }
    }
}
