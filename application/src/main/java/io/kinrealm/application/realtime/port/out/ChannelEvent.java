package io.kinrealm.application.realtime.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something pushed to everyone on a channel: a chat message, a presence change, a family or combat event. Its data
 * is a JSON-like tree (strings, numbers, booleans, lists, maps, nulls) so that any node can carry it to any other.
 *
 * @param channel the channel name ({@code global}, {@code family:<id>} ...) or an internal {@code sys:} channel
 * @param name    the event's name as clients see it, e.g. {@code chat.message}
 * @param seq     the event's place in its channel for sequenced channels (chat), 0 for unsequenced events
 * @param data    the event's payload
 */
public record ChannelEvent(String channel, String name, long seq, Map<String, Object> data) {
    public ChannelEvent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
        if (seq < 0) {
            throw new IllegalArgumentException("seq is 0 (unsequenced) or positive");
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public boolean sequenced() {
        return seq > 0;
    }
}
