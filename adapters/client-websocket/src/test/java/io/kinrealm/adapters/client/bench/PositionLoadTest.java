package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BenchArgs args = BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", "http://127.0.0.1",
            "--clients", "1", "--scenario", "positions", "--rate", "10");

    @Test
    void the_player_is_read_from_its_own_entry_not_its_companions_or_kin() throws Exception {
        JsonNode event = JSON.readTree("""
                {"family": "f1", "positions": [
                  {"who": "ashnar", "characterId": "aria", "section": "5.12.130.77", "x": 1.5, "y": 2},
                  {"who": "kin", "characterId": "bran", "section": "5.12.130.77", "x": 3.25, "y": 2},
                  {"who": "character", "characterId": "aria", "section": "5.12.130.77", "x": 12.34, "y": 2}]}""");

        assertThat(PositionLoad.playerX(event, "aria")).hasValue(12.34);
        assertThat(PositionLoad.playerX(event, "bran")).isEmpty();
        assertThat(PositionLoad.playerX(JSON.readTree("{\"family\": \"f1\"}"), "aria")).isEmpty();
    }

    @Test
    void each_player_joins_its_family_channel() {
        PositionLoad load = new PositionLoad(args, List.of(new Identity("token", "aria", "f1")));

        assertThat(load.channel(0, new Identity("token", "aria", "f1"))).isEqualTo("family:f1");
    }

    @Test
    void a_server_that_names_no_family_stops_the_run_with_the_reason() {
        assertThatThrownBy(() -> new PositionLoad(args, List.of(new Identity("token", "aria", ""))))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("named no family");
    }
}
