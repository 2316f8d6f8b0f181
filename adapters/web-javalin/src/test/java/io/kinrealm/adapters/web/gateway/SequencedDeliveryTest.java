package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A node's position in a channel moves one by one: duplicates are dropped and gaps filled from the log. */
class SequencedDeliveryTest {
    private static final String ROOM = "room:trade";

    private final List<ChatMessageView> log = new ArrayList<>();
    private boolean logDown;
    private final ReplayChannelUseCase replay = (channel, after, limit) -> {
        if (logDown) {
            throw new InfrastructureException("postgresql", "down", null);
        }
        return log.stream().filter(m -> m.seq() > after).limit(limit).toList();
    };
    private final SequencedDelivery delivery = new SequencedDelivery(ROOM, 2, replay,
            new Frames(WsClient.JSON));

    @Test
    void the_next_number_is_delivered_and_a_repeat_of_it_is_a_duplicate() {
        assertThat(seqs(delivery.accept(3, Frame.of("3")))).containsExactly(3L);

        assertThat(delivery.accept(3, Frame.of("3"))).isEmpty();
        assertThat(delivery.accept(1, Frame.of("1"))).isEmpty();
    }

    @Test
    void a_skipped_number_is_fetched_from_the_log_before_the_event() {
        store(1, 6);

        assertThat(seqs(delivery.accept(6, Frame.of("6")))).containsExactly(3L, 4L, 5L, 6L);
        assertThat(delivery.lastSeq()).isEqualTo(6);
    }

    @Test
    void a_backfill_reads_everything_after_the_position_page_by_page() {
        store(1, 2_502);

        assertThat(seqs(delivery.backfill())).containsExactlyElementsOf(LongStream.rangeClosed(3, 2_502).boxed()
                .toList());
    }

    @Test
    void when_the_log_cannot_be_read_nothing_is_delivered_and_the_next_event_retries() {
        store(1, 5);
        logDown = true;
        assertThat(delivery.accept(5, Frame.of("5"))).isEmpty();

        logDown = false;
        store(6, 6);

        assertThat(seqs(delivery.accept(6, Frame.of("6")))).containsExactly(3L, 4L, 5L, 6L);
    }

    private void store(long from, long to) {
        LongStream.rangeClosed(from, to).forEach(seq -> log.add(new ChatMessageView(ROOM, seq, "c-1", "Aria",
                "common", "message " + seq, "2026-11-25T10:00:00Z")));
    }

    private static List<Long> seqs(List<Sequenced> delivered) {
        return delivered.stream().map(Sequenced::seq).toList();
    }
}
