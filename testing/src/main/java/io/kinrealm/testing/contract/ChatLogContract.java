package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.letters;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.MessageText;
import io.kinrealm.domain.chat.NewChatMessage;
import io.kinrealm.domain.shared.CharacterId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChatLog} must do: number each channel's messages 1, 2, 3 ... without gaps, even when many
 * senders append at once; page backwards newest first and forwards oldest first; keep each message exactly as it
 * was appended; and show a message to readers as soon as its append returned.
 */
public abstract class ChatLogContract {
    private static final CharacterId SENDER = new CharacterId(UUID.randomUUID());

    private ChatLog log;

    /** A chat log over fresh storage, or storage that other runs only share with different channel names. */
    protected abstract ChatLog newChatLog();

    @BeforeEach
    public void openLog() {
        log = newChatLog();
    }

    /** A public room no other run uses. */
    protected static ChannelName aChannel() {
        return ChannelName.parse("room:c" + letters(24)).orElseThrow();
    }

    /** A message of a sender on the channel, sent at {@link ContractFixtures#NOW}. */
    protected static NewChatMessage message(ChannelName channel, String text) {
        return new NewChatMessage(channel, SENDER, "Aria", "common", MessageText.of(text), NOW);
    }

    /** Appends "message 1" to "message n" and answers their sequence numbers. */
    protected static List<Long> appendNumbered(ChatLog log, ChannelName channel, int count) {
        List<Long> seqs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            seqs.add(log.append(message(channel, "message " + n)).seq());
        }
        return seqs;
    }

    protected static List<Long> seqsOf(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::seq).toList();
    }

    @Test
    public void each_channel_numbers_its_messages_1_2_3_on_its_own() {
        ChannelName trade = aChannel();
        ChannelName lfg = aChannel();

        assertThat(log.append(message(trade, "one")).seq()).isEqualTo(1);
        assertThat(log.append(message(lfg, "one")).seq()).isEqualTo(1);
        assertThat(log.append(message(trade, "two")).seq()).isEqualTo(2);
        assertThat(log.append(message(trade, "three")).seq()).isEqualTo(3);
        assertThat(log.append(message(lfg, "two")).seq()).isEqualTo(2);

        assertThat(log.lastSeq(trade)).isEqualTo(3);
        assertThat(log.lastSeq(lfg)).isEqualTo(2);
    }

    @Test
    public void fifty_senders_at_once_get_the_numbers_1_to_50_without_gaps_or_repeats() throws Exception {
        ChannelName busy = aChannel();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> seqs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 50; i++) {
                String text = "rush " + i;
                seqs.add(pool.submit(() -> {
                    start.await();
                    return log.append(message(busy, text)).seq();
                }));
            }
            start.countDown();
            List<Long> answered = new ArrayList<>();
            for (Future<Long> seq : seqs) {
                answered.add(seq.get(60, TimeUnit.SECONDS));
            }
            assertThat(answered).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        }
        assertThat(seqsOf(log.after(busy, 0, 100))).isEqualTo(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(log.lastSeq(busy)).isEqualTo(50);
    }

    @Test
    public void pages_backwards_come_newest_first_below_the_given_number() {
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 5);

        assertThat(seqsOf(log.before(channel, Long.MAX_VALUE, 10))).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(seqsOf(log.before(channel, 4, 2))).containsExactly(3L, 2L);
        assertThat(seqsOf(log.before(channel, 2, 10))).containsExactly(1L);
        assertThat(log.before(channel, 1, 10)).isEmpty();
        assertThat(log.before(channel, 4, 1).getFirst().text().value()).isEqualTo("message 3");
    }

    @Test
    public void pages_forwards_come_oldest_first_above_the_given_number() {
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 5);

        assertThat(seqsOf(log.after(channel, 0, 10))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(seqsOf(log.after(channel, 2, 2))).containsExactly(3L, 4L);
        assertThat(log.after(channel, 5, 10)).isEmpty();
        assertThat(log.after(channel, 9, 10)).isEmpty();
        assertThat(log.after(channel, 2, 1).getFirst().text().value()).isEqualTo("message 3");
    }

    @Test
    public void a_channel_without_messages_stands_at_zero() {
        ChannelName quiet = aChannel();

        assertThat(log.lastSeq(quiet)).isZero();
        assertThat(log.before(quiet, Long.MAX_VALUE, 10)).isEmpty();
        assertThat(log.after(quiet, 0, 10)).isEmpty();
    }

    @Test
    public void a_message_is_kept_with_its_sender_tongue_text_and_time() {
        ChannelName channel = aChannel();
        CharacterId sender = new CharacterId(UUID.randomUUID());
        NewChatMessage sent = new NewChatMessage(channel, sender, "\u00C9lodie", "draconic",
                MessageText.of("Ssz'ra \"vaal\" \u00E9clat \uD83D\uDC09 100% -- ok?"), NOW.plusNanos(123_000));

        ChatMessage stored = log.append(sent);

        assertThat(stored).isEqualTo(sent.stored(1));
        assertThat(log.after(channel, 0, 1)).containsExactly(sent.stored(1));
        assertThat(log.before(channel, 2, 1)).containsExactly(sent.stored(1));
    }

    @Test
    public void a_message_is_readable_on_any_thread_as_soon_as_its_append_returned() throws Exception {
        ChannelName channel = aChannel();
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            for (int n = 1; n <= 5; n++) {
                ChatMessage stored = log.append(message(channel, "now " + n));
                long seq = n;
                assertThat(other.submit(() -> log.after(channel, seq - 1, 10)).get(30, TimeUnit.SECONDS))
                        .containsExactly(stored);
                assertThat(other.submit(() -> log.lastSeq(channel)).get(30, TimeUnit.SECONDS)).isEqualTo(seq);
            }
        }
    }
}
