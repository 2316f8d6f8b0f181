package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.websocket.WsContext;

/** One client connection to a fake node. */
final class FakeConnection {
    private final WsContext ctx;
    private volatile boolean authenticated;
    private volatile String character;

    FakeConnection(WsContext ctx) {
        this.ctx = ctx;
    }

    boolean authenticated() {
        return authenticated;
    }

    void authenticate(String characterId) {
        character = characterId;
        authenticated = true;
    }

    /** The character the connection authenticated as. */
    String character() {
        return character;
    }

    void push(String ev, String channel, ObjectNode d) {
        ObjectNode frame = FakeChat.JSON.createObjectNode().put("ev", ev);
        if (channel != null) {
            frame.put("ch", channel);
        }
        if (d.has("seq") && "chat.message".equals(ev)) {
            frame.put("seq", d.get("seq").asLong());
        }
        frame.set("d", d);
        ctx.send(frame.toString());
    }

    void ok(JsonNode id, JsonNode d) {
        ObjectNode frame = FakeChat.JSON.createObjectNode().put("ok", true);
        frame.set("re", id);
        frame.set("d", d);
        ctx.send(frame.toString());
    }

    void error(JsonNode id, String code, String msg) {
        ObjectNode frame = FakeChat.JSON.createObjectNode().put("ok", false);
        frame.set("re", id);
        frame.set("err", FakeChat.JSON.createObjectNode().put("code", code).put("msg", msg));
        ctx.send(frame.toString());
    }

    void close(int code, String reason) {
        ctx.closeSession(code, reason);
    }

    /** Drops the TCP connection without a close frame. */
    void abort() {
        ctx.session.disconnect();
    }
}
