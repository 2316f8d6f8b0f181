package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Restores a session on a fresh connection: {@code auth} with the remembered character, then {@code session.resume}
 * with the last sequence number delivered on each channel. The server replays what was missed before its reply, so
 * the replies' effects are applied on the dispatcher, after the replayed messages.
 */
final class SessionRestore {
    private final Connection connection;
    private final ChannelTracker channels;
    private final Listeners listeners;

    SessionRestore(Connection connection, ChannelTracker channels, Listeners listeners) {
        this.connection = connection;
        this.channels = channels;
        this.listeners = listeners;
    }

    CompletableFuture<Credentials> restore(Credentials credentials) {
        ObjectNode auth = Frames.object().put("token", credentials.token())
                .put("characterId", credentials.characterId());
        return connection.request("auth", auth, d -> d)
                .thenCompose(d -> resume())
                .thenApply(done -> credentials);
    }

    private CompletableFuture<JsonNode> resume() {
        if (channels.isEmpty()) {
            return CompletableFuture.completedFuture(Frames.object());
        }
        ObjectNode d = Frames.object();
        d.set("channels", channels.resumePayload());
        return connection.request("session.resume", d, reply -> {
            listeners.dispatch(() -> resumed(reply));
            return reply;
        });
    }

    private void resumed(JsonNode reply) {
        for (Map.Entry<String, JsonNode> entry : reply.path("channels").properties()) {
            String channel = entry.getKey();
            JsonNode result = entry.getValue();
            if (result.has("error")) {
                channels.left(channel);
                listeners.fireResume(new ResumeResult(channel, false, 0,
                        Optional.of(result.path("error").path("code").asText("internal_error"))));
            } else {
                long lastSeq = result.path("lastSeq").asLong();
                channels.joined(channel, lastSeq);
                listeners.fireResume(new ResumeResult(channel, result.path("recovered").asBoolean(false), lastSeq,
                        Optional.empty()));
            }
        }
    }
}
