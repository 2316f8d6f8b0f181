package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The channels this client is on and, per channel, the last message sequence number it delivered: what a
 * {@code session.resume} asks for after a reconnect, and what keeps a message from being delivered twice.
 */
final class ChannelTracker {
    private final Map<String, Position> channels = new ConcurrentHashMap<>();

    /** Starts tracking a channel before its join is sent; whether it was new (to undo when the join fails). */
    boolean track(String channel) {
        return channels.putIfAbsent(channel, new Position()) == null;
    }

    /** The server says the channel's last sequence number was {@code lastSeq} when this client joined it. */
    void joined(String channel, long lastSeq) {
        Position position = channels.get(channel);
        if (position != null) {
            position.raiseBaseline(lastSeq);
        }
    }

    void left(String channel) {
        channels.remove(channel);
    }

    /**
     * Whether a message on a channel is new: on a channel this client is on, a message with a sequence number at or
     * below the last one delivered is a duplicate (a replay overlapping what was already received). Called by the
     * dispatcher only, in arrival order.
     */
    boolean accept(String channel, long seq) {
        Position position = channels.get(channel);
        if (position == null) {
            return true;
        }
        if (seq <= position.delivered) {
            return false;
        }
        position.delivered = seq;
        return true;
    }

    /** {@code {"<ch>": lastSeq, ...}} for {@code session.resume}. */
    ObjectNode resumePayload() {
        ObjectNode payload = Frames.object();
        channels.forEach((channel, position) -> payload.put(channel, position.resumeFrom()));
        return payload;
    }

    boolean isEmpty() {
        return channels.isEmpty();
    }

    /** One channel: the last sequence number delivered, and the one the server said the channel had reached. */
    private static final class Position {
        private volatile long delivered;
        private volatile long baseline;

        synchronized void raiseBaseline(long lastSeq) {
            baseline = Math.max(baseline, lastSeq);
        }

        long resumeFrom() {
            return Math.max(delivered, baseline);
        }
    }
}
