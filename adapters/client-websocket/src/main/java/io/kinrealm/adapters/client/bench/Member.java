package io.kinrealm.adapters.client.bench;

import io.kinrealm.adapters.client.KinrealmClient;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connected bench client: its index, its chat room (chat scenario), the channel it joined, and the last sequence
 * number it saw there.
 */
final class Member {
    final int index;
    final int room;
    final String channel;
    final KinrealmClient client;
    private final AtomicInteger nextMessage = new AtomicInteger();
    private volatile long lastSeq;

    Member(int index, int room, String channel, KinrealmClient client) {
        this.index = index;
        this.room = room;
        this.channel = channel;
        this.client = client;
    }

    void joinedAt(long seq) {
        lastSeq = seq;
    }

    int nextMessage() {
        return nextMessage.getAndIncrement();
    }

    /**
     * Checks the seq of a message delivered on the room (called by this client's dispatcher only, in order): 0 when
     * it follows the last one, -1 for a duplicate (at or below the last), else how many numbers were skipped.
     */
    long check(long seq) {
        long last = lastSeq;
        if (seq <= last) {
            return -1;
        }
        lastSeq = seq;
        return seq - last - 1;
    }
}
