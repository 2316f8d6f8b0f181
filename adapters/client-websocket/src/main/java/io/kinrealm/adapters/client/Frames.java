package io.kinrealm.adapters.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The protocol's JSON frames: requests out, replies and events in. */
final class Frames {
    static final ObjectMapper JSON = new ObjectMapper();

    private Frames() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String request(long id, String op, JsonNode d) {
        ObjectNode frame = object().put("id", id).put("op", op);
        frame.set("d", d == null ? object() : d);
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }

    static boolean isReply(JsonNode frame) {
        return frame.has("re");
    }

    static ServerEvent event(JsonNode frame) {
        JsonNode ch = frame.get("ch");
        JsonNode seq = frame.get("seq");
        JsonNode d = frame.get("d");
        return new ServerEvent(frame.path("ev").asText(),
                ch == null || ch.isNull() ? null : ch.asText(),
                seq == null || !seq.canConvertToLong() ? null : seq.asLong(),
                d == null ? object() : d);
    }

    static KinrealmError error(JsonNode err) {
        return new KinrealmError(err.path("code").asText("internal_error"), err.path("msg").asText(""),
                err.path("fields"));
    }
}
