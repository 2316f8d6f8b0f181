package io.kinrealm.adapters.memory;

import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.NewChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent messages of one channel in a ring that grows up to its retention, then overwrites the oldest. The
 * messages held are always the consecutive numbers {@code lastSeq - size + 1} to {@code lastSeq}. Not thread-safe:
 * {@link InMemoryChatLog} locks it.
 */
final class ChannelHistory {
    private static final int INITIAL_CAPACITY = 16;

    private final int retention;
    private ChatMessage[] ring;
    private int oldest;
    private int size;
    private long lastSeq;

    ChannelHistory(int retention) {
        this.retention = retention;
        this.ring = new ChatMessage[Math.min(INITIAL_CAPACITY, retention)];
    }

    ChatMessage append(NewChatMessage message) {
        ChatMessage stored = message.stored(lastSeq + 1);
        if (size == ring.length && ring.length < retention) {
            grow();
        }
        if (size == ring.length) {
            ring[oldest] = stored;
            oldest = (oldest + 1) % ring.length;
        } else {
            ring[(oldest + size) % ring.length] = stored;
            size++;
        }
        lastSeq = stored.seq();
        return stored;
    }

    /** Newest first, below {@code beforeSeq}. */
    List<ChatMessage> before(long beforeSeq, int limit) {
        if (beforeSeq <= firstSeq()) {
            return List.of();
        }
        long newest = Math.min(beforeSeq - 1, lastSeq);
        long oldestWanted = Math.max(firstSeq(), newest - Math.max(limit, 0) + 1);
        List<ChatMessage> page = new ArrayList<>();
        for (long seq = newest; seq >= oldestWanted; seq--) {
            page.add(at(seq));
        }
        return page;
    }

    /** Oldest first, above {@code afterSeq}. */
    List<ChatMessage> after(long afterSeq, int limit) {
        if (afterSeq >= lastSeq) {
            return List.of();
        }
        long oldestWanted = Math.max(firstSeq(), afterSeq + 1);
        long newest = Math.min(lastSeq, oldestWanted + Math.max(limit, 0) - 1);
        List<ChatMessage> page = new ArrayList<>();
        for (long seq = oldestWanted; seq <= newest; seq++) {
            page.add(at(seq));
        }
        return page;
    }

    long lastSeq() {
        return lastSeq;
    }

    private long firstSeq() {
        return lastSeq - size + 1;
    }

    private ChatMessage at(long seq) {
        return ring[(int) ((oldest + (seq - firstSeq())) % ring.length)];
    }

    private void grow() {
        ChatMessage[] bigger = new ChatMessage[(int) Math.min((long) ring.length * 2, retention)];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(oldest + i) % ring.length];
        }
        ring = bigger;
        oldest = 0;
    }
}
