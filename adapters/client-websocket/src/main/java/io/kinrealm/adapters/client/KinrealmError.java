package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A request was refused ({@code ok: false}) or could not be answered. The code is the server's error code
 * ({@code channel_forbidden}, {@code not_in_channel}, {@code rate_limited}, ...) or one of the client's own:
 * {@code not_connected} (no authenticated connection at the moment, for example while reconnecting) and
 * {@code connection_lost} (the connection ended before the reply came).
 */
public final class KinrealmError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The client is not connected (or is reconnecting): the request was not sent. */
    public static final String NOT_CONNECTED = "not_connected";
    /** The connection ended before the reply came: the request may or may not have been carried out. */
    public static final String CONNECTION_LOST = "connection_lost";

    private final String code;
    private final transient JsonNode fields;

    public KinrealmError(String code, String message) {
        this(code, message, MissingNode.getInstance());
    }

    public KinrealmError(String code, String message, JsonNode fields) {
        super(code + ": " + message);
        this.code = code;
        this.fields = fields;
    }

    /** The error code, such as {@code channel_forbidden}. */
    public String code() {
        return code;
    }

    /** The invalid fields of a {@code validation_failed} error; a missing node otherwise. */
    public JsonNode fields() {
        return fields;
    }
}
