package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.shared.FieldProblem;
import java.util.LinkedHashMap;
import io.kinrealm.application.realtime.port.out.EventNames;
import java.util.List;
import java.util.Map;

/** The protocol's JSON: reading requests, writing replies, error replies and events (docs/protocol.md, "Frames"). */
final class Frames {
    private final ObjectMapper mapper;

    Frames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Parsed parse(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new Parsed.Unreadable(null, "The frame is not JSON.");
        }
        if (root == null || !root.isObject()) {
            return new Parsed.Unreadable(null, "A request is a JSON object.");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
            return new Parsed.Unreadable(null, "A request needs a positive integer id.");
        }
        JsonNode op = root.get("op");
        if (op == null || !op.isTextual()) {
            return new Parsed.Unreadable(id.asLong(), "A request needs a string op.");
        }
        JsonNode d = root.get("d");
        if (d != null && !d.isObject() && !d.isNull()) {
            return new Parsed.Unreadable(id.asLong(), "A request's d is a JSON object.");
        }
        return new Parsed.Readable(new Request(id.asLong(), op.asText(),
                d == null || d.isNull() ? mapper.createObjectNode() : d));
    }

    Frame reply(long id, Object data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("re", id);
        frame.put("ok", true);
        frame.put("d", data);
        return write(frame);
    }

    Frame error(Long id, String code, String message, List<FieldProblem> fields) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("code", code);
        err.put("msg", message);
        if (!fields.isEmpty()) {
            err.put("fields", fields);
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("re", id);
        frame.put("ok", false);
        frame.put("err", err);
        return write(frame);
    }

    Frame event(ChannelEvent event) {
        return event(event.name(), event.channel(), event.seq(), event.data());
    }

    Frame chatMessage(ChatMessageView message) {
        return event(EventNames.CHAT_MESSAGE, message.channel(), message.seq(), message.asEventData());
    }

    /** An event; {@code channel} null and {@code seq} 0 leave those members out. */
    Frame event(String name, String channel, long seq, Object data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("ev", name);
        if (channel != null) {
            frame.put("ch", channel);
        }
        if (seq > 0) {
            frame.put("seq", seq);
        }
        frame.put("d", data);
        return write(frame);
    }

    private Frame write(Map<String, Object> frame) {
        try {
            return Frame.of(mapper.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a frame as JSON", e);
        }
    }
}
