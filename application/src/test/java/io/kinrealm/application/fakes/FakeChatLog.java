package io.kinrealm.application.fakes;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.NewChatMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chat messages per channel, numbered 1, 2, 3 ... A log built with a retention keeps only that many recent messages
 * per channel, like a store that prunes its history: what it dropped is no longer returned.
 */
public final class FakeChatLog implements ChatLog {
    private final int retention;
    private final Map<ChannelName, List<ChatMessage>> kept = new HashMap<>();
    private final Map<ChannelName, Long> lastSeq = new HashMap<>();

    public FakeChatLog() {
        this(Integer.MAX_VALUE);
    }

    /** @param retention how many of the most recent messages of a channel are kept */
    public FakeChatLog(int retention) {
        this.retention = retention;
    }

    @Override
    public ChatMessage append(NewChatMessage message) {
        long seq = lastSeq.merge(message.channel(), 1L, Long::sum);
        ChatMessage stored = message.stored(seq);
        List<ChatMessage> messages = kept.computeIfAbsent(message.channel(), channel -> new ArrayList<>());
        messages.add(stored);
        if (messages.size() > retention) {
            messages.removeFirst();
        }
        return stored;
    }

    @Override
    public List<ChatMessage> before(ChannelName channel, long beforeSeq, int limit) {
        return messages(channel).stream().filter(message -> message.seq() < beforeSeq)
                .sorted(Comparator.comparingLong(ChatMessage::seq).reversed()).limit(limit).toList();
    }

    @Override
    public List<ChatMessage> after(ChannelName channel, long afterSeq, int limit) {
        return messages(channel).stream().filter(message -> message.seq() > afterSeq).limit(limit).toList();
    }

    @Override
    public long lastSeq(ChannelName channel) {
        return lastSeq.getOrDefault(channel, 0L);
    }

    private List<ChatMessage> messages(ChannelName channel) {
        return kept.getOrDefault(channel, List.of());
    }
}
