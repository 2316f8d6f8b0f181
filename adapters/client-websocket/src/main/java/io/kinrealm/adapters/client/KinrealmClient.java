package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client of Kinrealm's WebSocket gateway (docs/protocol.md). Requests return futures completed by the reply with the
 * same id (exceptionally with a {@link KinrealmError} for {@code ok: false}, with a TimeoutException when no reply
 * comes in time). Events go to listeners registered with {@link #onEvent}, called one at a time on the client's
 * dispatcher, in arrival order; a listener must not block waiting for a reply of this client.
 *
 * <p>When the connection drops without the client asking (a node restarting with 1012, a slow consumer cut off with
 * 4008, a network failure), the client reconnects with growing delays, to the next node of its list, authenticates
 * again, and resumes every channel it had joined from the last message it delivered there. Listeners keep receiving
 * events; a message is never delivered twice, and a channel whose missed messages the server no longer holds is
 * reported to {@link #onResume} with {@code recovered = false}. A close with 4401 (not authenticated) ends the client.
 * Requests made while reconnecting fail at once with {@code not_connected}.
 *
 * <p>Thread-safe: requests may be made from any thread. Futures complete on the thread that read the reply (a
 * Tyrus I/O thread): callbacks chained to them must not block either. To refresh an access token before it expires,
 * call {@link #auth} again with the new one; the client then reconnects with it.
 */
public final class KinrealmClient implements AutoCloseable {
    private static final int NOT_AUTHENTICATED = 4401;

    private final ClientOptions options;
    private final AtomicLong ids = new AtomicLong();
    private final Listeners listeners;
    private final ChannelTracker channels = new ChannelTracker();
    private final Reconnector reconnector;
    private volatile Connection active;
    private volatile Connection ready;
    private volatile Credentials credentials;
    private volatile boolean closed;

    private KinrealmClient(URI uri, ClientOptions options) {
        this.options = options;
        this.listeners = new Listeners(new SerialExecutor(options.dispatch()));
        List<URI> nodes = new ArrayList<>(List.of(uri));
        nodes.addAll(options.otherNodes());
        this.reconnector = new Reconnector(nodes, new Backoff(options.initialBackoff(), options.maxBackoff()),
                this::reopen);
    }

    /** Opens a connection (not yet authenticated: {@link #auth} comes next); throws when the node cannot be reached. */
    public static KinrealmClient connect(URI wsUri, ClientOptions options) throws IOException {
        KinrealmClient client = new KinrealmClient(wsUri, options);
        client.becomeReady(client.open(wsUri));
        return client;
    }

    public static KinrealmClient connect(URI wsUri) throws IOException {
        return connect(wsUri, ClientOptions.defaults());
    }

    public CompletableFuture<JsonNode> request(String op, Map<String, ?> d) {
        return request(op, Frames.JSON.<JsonNode>valueToTree(d));
    }

    public CompletableFuture<JsonNode> request(String op, JsonNode d) {
        return request(op, d, Function.identity());
    }

    /** Authenticates as the character; the client remembers both to authenticate again after a reconnect. */
    public CompletableFuture<JsonNode> auth(String token, String characterId) {
        return request("auth", Frames.object().put("token", token).put("characterId", characterId), d -> {
            credentials = new Credentials(token, characterId);
            return d;
        });
    }

    /** Joins a channel; the client resumes it after a reconnect. */
    public CompletableFuture<JsonNode> join(String channel) {
        boolean fresh = channels.track(channel);
        CompletableFuture<JsonNode> reply = request("room.join", Frames.object().put("ch", channel), d -> {
            channels.joined(channel, d.path("lastSeq").asLong());
            return d;
        });
        return reply.whenComplete((d, error) -> {
            if (error != null && fresh) {
                channels.left(channel);
            }
        });
    }

    public CompletableFuture<JsonNode> leave(String channel) {
        return request("room.leave", Frames.object().put("ch", channel), d -> {
            channels.left(channel);
            return d;
        });
    }

    /** Sends a chat message; {@code lang} may be null for {@code common}. The reply carries the message's seq. */
    public CompletableFuture<JsonNode> send(String channel, String text, String lang) {
        ObjectNode d = Frames.object().put("ch", channel).put("text", text);
        if (lang != null) {
            d.put("lang", lang);
        }
        return request("chat.send", d);
    }

    /** Up to {@code limit} messages with a seq below {@code before} (0: the newest), newest first. */
    public CompletableFuture<JsonNode> history(String channel, long before, int limit) {
        ObjectNode d = Frames.object().put("ch", channel).put("limit", limit);
        if (before > 0) {
            d.put("before", before);
        }
        return request("chat.history", d);
    }

    /**
     * Reports where the character stands: a detail section's path (such as {@code 5.12.130.77}) and metres east and
     * south of its north-west corner. The reply's {@code accepted} is false when the report came too fast and was
     * dropped; the family hears taken reports as {@code family.positions}.
     */
    public CompletableFuture<JsonNode> reportPosition(String section, double x, double y) {
        return request("position.report", Frames.object().put("section", section).put("x", x).put("y", y));
    }

    public CompletableFuture<JsonNode> ping() {
        return request("ping", Frames.object());
    }

    /** Listens to one event ({@code chat.message}, ...) or to all with {@code "*"}. */
    public void onEvent(String eventName, Consumer<ServerEvent> listener) {
        listeners.onEvent(eventName, listener);
    }

    public void onClose(Consumer<CloseInfo> listener) {
        listeners.onClose(listener);
    }

    public void onResume(Consumer<ResumeResult> listener) {
        listeners.onResume(listener);
    }

    /** Whether requests can be sent now (false while reconnecting and after close). */
    public boolean isConnected() {
        Connection connection = ready;
        return !closed && connection != null && connection.isOpen();
    }

    /** Closes the connection with 1000 and stops reconnecting. */
    @Override
    public void close() {
        closed = true;
        reconnector.stop();
        Connection connection = active;
        if (connection != null && connection.isOpen()) {
            connection.close(1000, "client closed");
        }
    }

    private <T> CompletableFuture<T> request(String op, JsonNode d, Function<JsonNode, T> onOk) {
        Connection connection = ready;
        if (closed || connection == null) {
            return CompletableFuture.failedFuture(new KinrealmError(KinrealmError.NOT_CONNECTED,
                    closed ? "The client is closed." : "The client is reconnecting."));
        }
        return connection.request(op, d, onOk);
    }

    private Connection open(URI uri) throws IOException {
        Connection connection = Connection.open(options.container(), uri, ids, options.requestTimeout(),
                this::onFrame, this::onEnded);
        active = connection;
        return connection;
    }

    private void reopen(URI uri) throws IOException {
        Connection connection = open(uri);
        Credentials known = credentials;
        if (closed) {
            connection.close(1000, "client closed");
        } else if (known == null) {
            becomeReady(connection);
        } else {
            new SessionRestore(connection, channels, listeners).restore(options.tokenSupplier().get()
                    .map(token -> new Credentials(token, known.characterId())).orElse(known))
                    .whenComplete((restored, error) -> afterRestore(connection, restored, error));
        }
    }

    private void afterRestore(Connection connection, Credentials restored, Throwable error) {
        if (error == null) {
            credentials = restored;
            becomeReady(connection);
        } else if (connection.isOpen()) {
            connection.close(1000, "session restore failed");
        }
    }

    private void becomeReady(Connection connection) {
        if (connection.isOpen() && !closed) {
            ready = connection;
            reconnector.succeeded();
        }
    }

    private void onFrame(Connection connection, JsonNode frame) {
        ServerEvent event = Frames.event(frame);
        listeners.dispatch(() -> deliver(event));
    }

    private void deliver(ServerEvent event) {
        if (event.ch() != null && event.seq() != null && !channels.accept(event.ch(), event.seq())) {
            return;
        }
        if ("room.left".equals(event.ev()) && event.ch() != null) {
            channels.left(event.ch());
        }
        listeners.fire(event);
    }

    private void onEnded(Connection connection, CloseInfo info) {
        if (ready == connection) {
            ready = null;
        }
        boolean again = !closed && options.reconnect() && info.code() != NOT_AUTHENTICATED;
        listeners.fireClose(info.withReconnecting(again));
        if (again) {
            reconnector.schedule();
        }
    }
}
