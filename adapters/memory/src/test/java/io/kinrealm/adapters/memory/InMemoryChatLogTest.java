package io.kinrealm.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.testing.contract.ChatLogContract;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InMemoryChatLogTest extends ChatLogContract {
    @Override
    protected ChatLog newChatLog() {
        return new InMemoryChatLog();
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void only_the_most_recent_messages_of_a_channel_are_kept_and_numbering_goes_on() {
        InMemoryChatLog log = new InMemoryChatLog(3);
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 5);

        assertThat(seqsOf(log.after(channel, 0, 10))).containsExactly(3L, 4L, 5L);
        assertThat(seqsOf(log.before(channel, Long.MAX_VALUE, 10))).containsExactly(5L, 4L, 3L);
        assertThat(log.before(channel, 3, 10)).isEmpty();
        assertThat(log.after(channel, 0, 1).getFirst().text().value()).isEqualTo("message 3");
        assertThat(log.lastSeq(channel)).isEqualTo(5);
        assertThat(log.append(message(channel, "six")).seq()).isEqualTo(6);
    }

    @Test
    void a_channel_keeps_ten_thousand_messages_by_default() {
        ChatLog log = new InMemoryChatLog();
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 10_001);

        assertThat(seqsOf(log.after(channel, 0, 1))).containsExactly(2L);
        assertThat(seqsOf(log.before(channel, 3, 5))).containsExactly(2L);
        assertThat(log.lastSeq(channel)).isEqualTo(10_001);
    }

    @Test
    void pages_are_right_however_often_the_kept_messages_wrapped_around() {
        InMemoryChatLog log = new InMemoryChatLog(20);
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 57);

        assertThat(seqsOf(log.after(channel, 0, 100))).isEqualTo(seqs(38, 57));
        assertThat(seqsOf(log.after(channel, 40, 5))).isEqualTo(seqs(41, 45));
        assertThat(seqsOf(log.before(channel, 45, 3))).containsExactly(44L, 43L, 42L);
        assertThat(log.after(channel, 40, 5).getFirst().text().value()).isEqualTo("message 41");
    }

    @Test
    void a_retention_stops_no_channel_from_filling_its_own() {
        InMemoryChatLog log = new InMemoryChatLog(2);
        ChannelName busy = aChannel();
        ChannelName quiet = aChannel();
        appendNumbered(log, quiet, 2);
        appendNumbered(log, busy, 9);

        assertThat(seqsOf(log.after(quiet, 0, 10))).containsExactly(1L, 2L);
    }

    @Test
    void numbers_beyond_what_a_channel_holds_give_empty_pages() {
        ChatLog log = new InMemoryChatLog();
        ChannelName channel = aChannel();
        appendNumbered(log, channel, 3);

        assertThat(log.after(channel, Long.MAX_VALUE, 10)).isEmpty();
        assertThat(log.before(channel, Long.MIN_VALUE, 10)).isEmpty();
        assertThat(log.before(channel, 0, 10)).isEmpty();
        assertThat(log.after(channel, 0, 0)).isEmpty();
        assertThat(seqsOf(log.after(channel, -5, 10))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_log_keeps_at_least_one_message_per_channel() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryChatLog(0));
    }
}
