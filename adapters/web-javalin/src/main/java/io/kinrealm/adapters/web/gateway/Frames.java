package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.language.ComprehensionProfile;
import io.kinrealm.domain.language.ReaderProfile;
import io.kinrealm.domain.language.Rendering;
import io.kinrealm.domain.language.TextRenderer;
import io.kinrealm.domain.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The protocol's JSON: reading requests, writing replies, error replies and events (docs/protocol.md, "Frames"). */
final class Frames {
    private final ObjectMapper mapper;
    private final TextRenderer renderer = TextRenderer.defaults();

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

    /** A channel event as each reader gets it: chat in a racial tongue is rendered per comprehension profile. */
    Delivery delivery(ChannelEvent event) {
        String language = tongueOf(event.name(), event.data());
        return language == null ? event(event)
                : new RenderedChat(this, event.channel(), event.seq(), event.data(), language);
    }

    Delivery chatMessage(ChatMessageView message) {
        return delivery(new ChannelEvent(message.channel(), EventNames.CHAT_MESSAGE, message.seq(),
                message.asEventData()));
    }

    Frame chatEvent(String channel, long seq, Object data) {
        return event(EventNames.CHAT_MESSAGE, channel, seq, data);
    }

    /** A chat message's data as this reader reads it (the original when it is in Common). */
    Map<String, Object> readAs(Map<String, Object> data, ReaderProfile reader) {
        String language = tongueOf(EventNames.CHAT_MESSAGE, data);
        return language == null || reader == null ? data : readAs(data, reader.profileFor(language));
    }

    /** A chat message's data with its text rendered for the profile and marked when Iril translated it. */
    Map<String, Object> readAs(Map<String, Object> data, ComprehensionProfile profile) {
        Rendering rendering = renderer.render((String) data.get("text"), profile);
        Map<String, Object> shown = new LinkedHashMap<>(data);
        shown.put("text", rendering.text());
        shown.put("translated", rendering.translated());
        return shown;
    }

    /** The racial tongue of a chat message; null for any other event and for chat in Common. */
    private static String tongueOf(String name, Map<String, Object> data) {
        if (EventNames.CHAT_MESSAGE.equals(name) && data.get("lang") instanceof String language
                && data.get("text") instanceof String && !Language.COMMON.id().equals(language)) {
            return language;
        }
        return null;
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
