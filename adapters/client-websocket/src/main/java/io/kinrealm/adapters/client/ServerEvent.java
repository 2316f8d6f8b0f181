package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One push from the server: {@code {"ev": "chat.message", "ch": "room:trade", "seq": 42, "d": {...}}}.
 *
 * @param ev  the event name, such as {@code chat.message} or {@code presence.changed}
 * @param ch  the channel, or {@code null} for events on no channel ({@code notice})
 * @param seq the message's sequence number on a sequenced channel, or {@code null}
 * @param d   the event's data (an empty object when the server sent none)
 */
public record ServerEvent(String ev, String ch, Long seq, JsonNode d) {
}
