package io.kinrealm.adapters.client;

/**
 * A connection ended.
 *
 * @param code         the WebSocket close code (1012: node restarting, 4008: too slow, 4401: not authenticated,
 *                     1006: dropped without a close frame)
 * @param reason       the close reason the peer gave, possibly empty
 * @param reconnecting whether the client is reconnecting and will resume the session by itself
 */
public record CloseInfo(int code, String reason, boolean reconnecting) {

    CloseInfo withReconnecting(boolean value) {
        return new CloseInfo(code, reason, value);
    }
}
