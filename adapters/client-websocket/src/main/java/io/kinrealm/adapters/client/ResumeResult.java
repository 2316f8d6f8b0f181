package io.kinrealm.adapters.client;

import java.util.Optional;

/**
 * What a {@code session.resume} after a reconnect gave on one channel.
 *
 * @param channel   the channel
 * @param recovered whether every message missed since the last one seen was replayed; when {@code false} the client
 *                  should reload the channel's history with {@code chat.history}
 * @param lastSeq   the channel's last sequence number on the server
 * @param error     the error code when the client could not rejoin the channel (such as {@code channel_forbidden});
 *                  the client then no longer counts itself on that channel
 */
public record ResumeResult(String channel, boolean recovered, long lastSeq, Optional<String> error) {
}
