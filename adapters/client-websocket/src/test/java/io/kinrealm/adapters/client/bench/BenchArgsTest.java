package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchArgsTest {
    private static final String HTTP = "http://127.0.0.1:7070";

    @Test
    void every_option_is_read() {
        BenchArgs args = BenchArgs.parse("--urls", "ws://127.0.0.1:7070/ws,ws://127.0.0.1:7071/ws", "--http", HTTP,
                "--clients", "1000", "--room-size", "100", "--rate", "0.2", "--duration", "30", "--warmup", "5",
                "--connect-rate=250", "--drain", "3");

        assertThat(args.urls()).containsExactly(URI.create("ws://127.0.0.1:7070/ws"),
                URI.create("ws://127.0.0.1:7071/ws"));
        assertThat(args).extracting(BenchArgs::clients, BenchArgs::roomSize, BenchArgs::rate,
                BenchArgs::durationSeconds, BenchArgs::warmupSeconds, BenchArgs::connectRate, BenchArgs::drainSeconds,
                BenchArgs::allowRemote).containsExactly(1000, 100, 0.2, 30, 5, 250, 3, false);
    }

    @Test
    void options_left_out_take_their_defaults() {
        BenchArgs args = BenchArgs.parse("--urls", "ws://localhost:7070/ws", "--http", HTTP);

        assertThat(args).extracting(BenchArgs::clients, BenchArgs::roomSize, BenchArgs::rate,
                BenchArgs::durationSeconds, BenchArgs::warmupSeconds, BenchArgs::connectRate, BenchArgs::drainSeconds)
                .containsExactly(100, 10, 1.0, 30, 0, 500, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://127.0.0.1:7070/ws", "ws://127.5.6.7/ws", "ws://localhost:7070/ws",
            "ws://LOCALHOST/ws", "ws://[::1]:7070/ws"})
    void loopback_targets_are_accepted(String url) {
        assertThat(BenchArgs.parse("--urls", url, "--http", HTTP).urls()).containsExactly(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://10.0.0.5:7070/ws", "ws://example.com/ws", "ws://192.168.1.2/ws",
            "ws://[2001:db8::1]/ws", "ws://localhost.example.com/ws"})
    void a_target_that_is_not_loopback_is_refused_unless_allowed(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchArgs.parse("--urls", url, "--http", HTTP))
                .withMessageContaining("--allow-remote");
        assertThat(BenchArgs.parse("--urls", url, "--http", HTTP, "--allow-remote").allowRemote()).isTrue();
    }

    @Test
    void a_remote_rest_url_is_refused_too() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchArgs.parse("--urls", "ws://127.0.0.1/ws",
                "--http", "http://10.1.1.1:7070")).withMessageContaining("not loopback");
    }

    @Test
    void nonsense_is_refused_with_a_reason() {
        List.of(
                List.of("--http", HTTP),
                List.of("--urls", "ws://127.0.0.1/ws"),
                List.of("--urls", "http://127.0.0.1/ws", "--http", HTTP),
                List.of("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--clients", "many"),
                List.of("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--rate", "0"),
                List.of("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--duration", "100000"),
                List.of("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--room-size"),
                List.of("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--turbo"))
                .forEach(args -> assertThatIllegalArgumentException()
                        .isThrownBy(() -> BenchArgs.parse(args.toArray(String[]::new)))
                        .withMessageMatching(".*\\S.*"));
    }

    @Test
    void server_pids_are_read_as_a_list_and_refused_when_not_numbers() {
        BenchArgs args = BenchArgs.parse("--urls", "ws://127.0.0.1:7070/ws", "--http", "http://127.0.0.1:7070",
                "--server-pids", "123, 456");
        assertThat(args.serverPids()).containsExactly(123L, 456L);
        assertThatThrownBy(() -> BenchArgs.parse("--urls", "ws://127.0.0.1:7070/ws", "--http",
                "http://127.0.0.1:7070", "--server-pids", "node-one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--server-pids");
    }

    @Test
    void the_scenario_is_chat_unless_positions_is_asked_for() {
        assertThat(BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", HTTP).scenario()).isEqualTo(Scenario.CHAT);
        assertThat(BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--scenario", "positions")
                .scenario()).isEqualTo(Scenario.POSITIONS);
        assertThat(BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--scenario=chat").scenario())
                .isEqualTo(Scenario.CHAT);
    }

    @Test
    void an_unknown_scenario_is_refused_naming_the_choices() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchArgs.parse("--urls", "ws://127.0.0.1/ws",
                "--http", HTTP, "--scenario", "combat")).withMessageContaining("--scenario")
                .withMessageContaining("chat, positions").withMessageContaining("combat");
    }

    @Test
    void positions_are_reported_at_most_10_times_a_second_as_the_server_takes_no_more() {
        assertThat(BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--scenario", "positions",
                "--rate", "10").rate()).isEqualTo(10.0);
        assertThatIllegalArgumentException().isThrownBy(() -> BenchArgs.parse("--urls", "ws://127.0.0.1/ws",
                "--http", HTTP, "--scenario", "positions", "--rate", "10.5"))
                .withMessageContaining("--rate must be at most 10 in the positions scenario");
    }

    @Test
    void chat_keeps_its_own_limit_of_50_a_second() {
        assertThat(BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", HTTP, "--rate", "20").rate())
                .isEqualTo(20.0);
        assertThatIllegalArgumentException().isThrownBy(() -> BenchArgs.parse("--urls", "ws://127.0.0.1/ws",
                "--http", HTTP, "--rate", "51")).withMessageContaining("at most 50");
    }
}
