package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server as the README starts it, with no configuration: embedded, in memory. */
class EmbeddedServerTest {
    private static KinrealmServer server;
    private static ServerClient client;

    @BeforeAll
    static void start() {
        server = KinrealmServer.start(Configuration.fromEnvironment(Map.of(
                "KINREALM_PORT", "0", "KINREALM_HOST", "127.0.0.1", "KINREALM_BCRYPT_COST", "4")));
        client = new ServerClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_player_registers_logs_in_and_creates_a_character() throws Exception {
        String token = client.newPlayer("aria", "starlit-path-42");

        ServerClient.Answer created = client.post("/api/v1/characters",
                "{\"name\":\"Aria\",\"civilization\":\"drakari\"}", token);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/character/name").asText()).isEqualTo("Aria");
        assertThat(created.body().at("/family/bonds/0/value").asInt()).isEqualTo(50);

        ServerClient.Answer mine = client.get("/api/v1/characters", token);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().findValuesAsText("name")).containsExactly("Aria");
    }

    @Test
    void the_embedded_server_is_ready_without_any_dependency() throws Exception {
        assertThat(client.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/civilizations", null).body().size()).isEqualTo(9);
    }
}
