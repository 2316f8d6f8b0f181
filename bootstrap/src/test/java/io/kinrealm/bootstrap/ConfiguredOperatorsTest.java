package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server whose configuration names an operator: that operator may grant roles; nobody else may. */
class ConfiguredOperatorsTest {
    private static final String PASSWORD = "starlit-path-42";
    private static KinrealmServer server;
    private static ServerClient client;

    @BeforeAll
    static void start() {
        server = KinrealmServer.start(Configuration.fromEnvironment(Map.of(
                "KINREALM_PORT", "0", "KINREALM_HOST", "127.0.0.1", "KINREALM_BCRYPT_COST", "4",
                "KINREALM_OPERATORS", "Root")));
        client = new ServerClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_configured_operator_grants_a_role_and_a_plain_player_cannot() throws Exception {
        String root = client.newPlayer("root", PASSWORD);
        String bran = client.newPlayer("bran", PASSWORD);

        ServerClient.Answer refused = client.post("/api/v1/admin/roles",
                "{\"username\":\"root\",\"role\":\"moderator\"}", bran);
        ServerClient.Answer granted = client.post("/api/v1/admin/roles",
                "{\"username\":\"bran\",\"role\":\"moderator\"}", root);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("code").asText()).isEqualTo("operators_only");
        assertThat(granted.status()).isEqualTo(204);
        ServerClient.Answer me = client.get("/api/v1/me", client.logIn("bran", PASSWORD));
        assertThat(me.body().get("roles")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("player", "moderator");
    }
}
