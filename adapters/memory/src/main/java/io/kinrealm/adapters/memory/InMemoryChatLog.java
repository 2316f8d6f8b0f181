package io.kinrealm.adapters.memory;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.NewChatMessage;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Chat messages kept in this process: per channel, the most recent ones up to a retention (10,000 by default).
 * Older messages are no longer returned, but numbering goes on without gaps. Each channel has its own lock, so
 * channels never wait for each other.
 */
public final class InMemoryChatLog implements ChatLog {
    public static final int DEFAULT_RETENTION = 10_000;

    private final int retention;
    private final ConcurrentMap<String, ChannelHistory> channels = new ConcurrentHashMap<>();

    public InMemoryChatLog() {
        this(DEFAULT_RETENTION);
    }

    /** @param retention how many of the most recent messages of each channel are kept, at least 1 */
    public InMemoryChatLog(int retention) {
        if (retention < 1) {
            throw new IllegalArgumentException("a chat log keeps at least one message per channel");
        }
        this.retention = retention;
    }

    @Override
    public ChatMessage append(NewChatMessage message) {
        ChannelHistory history = channels.computeIfAbsent(message.channel().value(),
                channel -> new ChannelHistory(retention));
        synchronized (history) {
            return history.append(message);
        }
    }

    @Override
    public List<ChatMessage> before(ChannelName channel, long beforeSeq, int limit) {
        ChannelHistory history = channels.get(channel.value());
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return history.before(beforeSeq, limit);
        }
    }

    @Override
    public List<ChatMessage> after(ChannelName channel, long afterSeq, int limit) {
        ChannelHistory history = channels.get(channel.value());
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return history.after(afterSeq, limit);
        }
    }

    @Override
    public long lastSeq(ChannelName channel) {
        ChannelHistory history = channels.get(channel.value());
        if (history == null) {
            return 0;
        }
        synchronized (history) {
            return history.lastSeq();
        }
    }
}
