package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first request must be a valid auth in time; anything else closes the connection with 4401. */
class AuthenticationTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.authTimeout = Duration.ofMillis(300));
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_valid_token_and_own_character_authenticate_the_connection() {
        try (WsClient client = node.connect()) {
            JsonNode reply = client.request("auth", RealtimeFixture.auth(aria));

            assertThat(reply.get("ok").asBoolean()).isTrue();
            JsonNode d = reply.get("d");
            assertThat(d.get("characterId").asText()).isEqualTo(aria.characterId());
            assertThat(d.get("name").asText()).isEqualTo("Aria");
            assertThat(d.get("familyId").asText()).isEqualTo(aria.familyId());
            assertThat(d.get("connectionId").asText()).isNotBlank();
            assertThat(Instant.parse(d.get("expiresAt").asText())).isAfter(Instant.now().plusSeconds(600));
            assertThat(client.request("ping", Map.of()).get("d").get("serverTime").asText()).isNotBlank();
        }
    }

    @Test
    void a_connection_that_does_not_authenticate_in_time_is_closed_with_4401() {
        try (WsClient client = node.connect()) {
            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void any_other_request_first_closes_the_connection_with_4401() {
        try (WsClient client = node.connect()) {
            client.send("ping", Map.of());

            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void an_invalid_token_closes_the_connection_with_4401() {
        try (WsClient client = node.connect()) {
            client.send("auth", Map.of("token", "not-a-token", "characterId", aria.characterId()));

            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void a_character_of_another_account_closes_the_connection_with_4401() {
        Player bram = node.player("bram", "Bram");
        try (WsClient client = node.connect()) {
            client.send("auth", Map.of("token", aria.accessToken(), "characterId", bram.characterId()));

            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void an_auth_without_its_fields_closes_the_connection_with_4401() {
        try (WsClient client = node.connect()) {
            client.send("auth", Map.of("token", aria.accessToken()));

            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void authenticating_again_for_another_character_is_a_character_mismatch_and_keeps_the_connection() {
        String secondId = secondCharacterOf(aria);
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("auth", Map.of("token", aria.accessToken(), "characterId", secondId));

            assertThat(reply.get("err").get("code").asText()).isEqualTo("character_mismatch");
            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void logging_out_closes_the_login_s_connections_with_4401_and_its_token_no_longer_authenticates() {
        try (WsClient client = node.signedIn(aria)) {
            node.logOut(aria);

            assertThat(client.closeCode()).isEqualTo(4401);
        }
        try (WsClient again = node.connect()) {
            again.send("auth", RealtimeFixture.auth(aria));

            assertThat(again.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void a_logout_the_bus_lost_still_closes_the_connection_once_the_bus_reports_a_possible_loss() {
        try (WsClient client = node.signedIn(aria)) {
            node.bus.lose(event -> event.channel().equals("sys:logins"));
            node.logOut(aria);
            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();

            node.bus.signalPossibleLoss("sys:logins");

            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    private String secondCharacterOf(Player player) {
        return node.secondCharacter(player, "Kael");
    }
}
