package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kinrealm.adapters.client.ServerEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
    private final BenchArgs args = BenchArgs.parse("--urls", "ws://127.0.0.1/ws", "--http", "http://127.0.0.1",
            "--clients", "3", "--room-size", "3", "--rate", "1", "--duration", "2");
    private final Member alice = new Member(0, 0, "room:r", null);
    private final Member bob = new Member(1, 0, "room:r", null);
    private final Member cara = new Member(2, 0, "room:r", null);
    private final Tally tally = new Tally(args);

    TallyTest() {
        tally.countMembers(List.of(alice, bob, cara));
    }

    @Test
    void a_message_reaching_every_member_of_its_room_is_no_loss() {
        send(alice, 0);
        List.of(alice, bob, cara).forEach(member -> deliver(member, 1, alice, 0));

        BenchResult result = tally.result(3, 0, 0);

        assertThat(result).extracting(BenchResult::sent, BenchResult::expectedDeliveries, BenchResult::delivered,
                BenchResult::deliveredEcho, BenchResult::deliveredToOthers).containsExactly(1L, 3L, 3L, 1L, 2L);
        assertThat(result.lossRatio()).isZero();
        assertThat(tally.drained()).isTrue();
    }

    @Test
    void a_member_that_misses_a_message_is_loss_and_a_gap() {
        send(alice, 0);
        send(alice, 1);
        List.of(alice, bob, cara).forEach(member -> deliver(member, 1, alice, 0));
        deliver(alice, 2, alice, 1);
        deliver(bob, 2, alice, 1);
        send(bob, 0);
        deliver(cara, 3, bob, 0);

        BenchResult result = tally.result(3, 0, 0);

        assertThat(result.expectedDeliveries()).isEqualTo(9);
        assertThat(result.delivered()).isEqualTo(6);
        assertThat(result.gaps()).isEqualTo(1);
        assertThat(tally.drained()).isFalse();
    }

    @Test
    void a_message_delivered_twice_counts_once_and_as_a_duplicate() {
        send(alice, 0);
        deliver(bob, 1, alice, 0);
        deliver(bob, 1, alice, 0);

        BenchResult result = tally.result(3, 0, 0);

        assertThat(result.delivered()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
    }

    @Test
    void warm_up_messages_are_not_counted() {
        tally.sending();
        tally.acknowledged(alice, -1);
        deliver(bob, 1, alice, -1);

        assertThat(tally.result(3, 0, 0)).extracting(BenchResult::sent, BenchResult::delivered)
                .containsExactly(0L, 0L);
    }

    private void send(Member sender, int n) {
        tally.sending();
        tally.acknowledged(sender, n);
    }

    private void deliver(Member receiver, long seq, Member sender, int n) {
        ServerEvent event = new ServerEvent("chat.message", "room:r", seq, JsonNodeFactory.instance.objectNode()
                .put("text", Tally.text(sender.index, n, System.nanoTime() - 1_000_000)));
        tally.delivered(receiver, event, System.nanoTime());
    }
}
