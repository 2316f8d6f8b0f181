package io.kinrealm.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a channel event travels between nodes: one JSON object {@code {"channel", "name", "seq", "data"}}. The data
 * comes back as a JSON tree: strings, booleans, lists, maps, nulls, and numbers as {@code Integer}, {@code Long},
 * {@code BigInteger} or {@code Double} (whichever JSON reading gives), so a sender should put only such values in it.
 */
final class EventCodec {
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    /** The event as JSON; IllegalArgumentException when its data holds a value JSON cannot carry. */
    String encode(ChannelEvent event) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("channel", event.channel());
        wire.put("name", event.name());
        wire.put("seq", event.seq());
        wire.put("data", event.data());
        try {
            return json.writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the data of a " + event.name() + " event is not a JSON tree", e);
        }
    }

    /** The event read back; IllegalArgumentException when the text is not an event this codec wrote. */
    ChannelEvent decode(String text) {
        try {
            Map<String, Object> wire = json.readValue(text, TREE);
            Object data = wire.getOrDefault("data", Map.of());
            return new ChannelEvent(text(wire, "channel"), text(wire, "name"), seq(wire), tree(data));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a channel event: " + abbreviate(text), e);
        }
    }

    private static String text(Map<String, Object> wire, String field) {
        if (wire.get(field) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("no text " + field);
    }

    private static long seq(Map<String, Object> wire) {
        if (wire.get("seq") instanceof Number seq) {
            return seq.longValue();
        }
        throw new IllegalArgumentException("no numeric seq");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Object data) {
        if (data instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("data is not an object");
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
