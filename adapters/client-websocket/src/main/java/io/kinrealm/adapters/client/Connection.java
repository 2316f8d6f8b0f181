package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to one node: sends requests, matches replies to them by id (on the I/O thread), hands
 * every other frame on, and reports its end exactly once, failing the requests still waiting.
 */
final class Connection extends Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final URI uri;
    private final AtomicLong ids;
    private final Duration timeout;
    private final BiConsumer<Connection, JsonNode> events;
    private final BiConsumer<Connection, CloseInfo> ends;
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Object sendLock = new Object();
    private volatile Session session;

    private Connection(URI uri, AtomicLong ids, Duration timeout, BiConsumer<Connection, JsonNode> events,
                       BiConsumer<Connection, CloseInfo> ends) {
        this.uri = uri;
        this.ids = ids;
        this.timeout = timeout;
        this.events = events;
        this.ends = ends;
    }

    static Connection open(WebSocketContainer container, URI uri, AtomicLong ids, Duration timeout,
                           BiConsumer<Connection, JsonNode> events, BiConsumer<Connection, CloseInfo> ends)
            throws IOException {
        Connection connection = new Connection(uri, ids, timeout, events, ends);
        try {
            container.connectToServer(connection, ClientEndpointConfig.Builder.create().build(), uri);
        } catch (DeploymentException e) {
            throw new IOException("Cannot connect to " + uri + ": " + e.getMessage(), e);
        }
        return connection;
    }

    URI uri() {
        return uri;
    }

    boolean isOpen() {
        return !ended.get();
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        session = opened;
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
    }

    @Override
    public void onClose(Session closed, CloseReason reason) {
        end(new CloseInfo(reason.getCloseCode().getCode(), reason.getReasonPhrase(), false));
    }

    @Override
    public void onError(Session failed, Throwable error) {
        LOG.debug("WebSocket error on {}", uri, error);
    }

    /** Sends a request; {@code onOk} runs on the reply before the returned future completes. */
    <T> CompletableFuture<T> request(String op, JsonNode d, Function<JsonNode, T> onOk) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        CompletableFuture<T> result = reply.thenApply(onOk);
        pending.put(id, reply);
        reply.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, error) -> pending.remove(id));
        if (ended.get()) {
            reply.completeExceptionally(lost());
            return result;
        }
        send(Frames.request(id, op, d), reply);
        return result;
    }

    void close(int code, String reason) {
        Session current = session;
        try {
            current.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException e) {
            end(new CloseInfo(1006, String.valueOf(e.getMessage()), false));
        }
    }

    private void send(String text, CompletableFuture<JsonNode> reply) {
        try {
            synchronized (sendLock) {
                session.getAsyncRemote().sendText(text, result -> {
                    if (!result.isOK()) {
                        reply.completeExceptionally(lost());
                    }
                });
            }
        } catch (RuntimeException e) {
            reply.completeExceptionally(lost());
        }
    }

    private void onText(String text) {
        JsonNode frame;
        try {
            frame = Frames.parse(text);
        } catch (IOException e) {
            LOG.warn("Ignored a frame that is not JSON from {}", uri);
            return;
        }
        if (Frames.isReply(frame)) {
            reply(frame);
        } else {
            events.accept(this, frame);
        }
    }

    private void reply(JsonNode frame) {
        JsonNode re = frame.get("re");
        CompletableFuture<JsonNode> waiting = re.canConvertToLong() ? pending.remove(re.asLong()) : null;
        if (waiting == null) {
            LOG.debug("A reply to no waiting request (timed out, or re null): {}", frame);
        } else if (frame.path("ok").asBoolean(false)) {
            waiting.complete(frame.hasNonNull("d") ? frame.get("d") : Frames.object());
        } else {
            waiting.completeExceptionally(Frames.error(frame.path("err")));
        }
    }

    private void end(CloseInfo info) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        KinrealmError lost = lost();
        pending.values().forEach(waiting -> waiting.completeExceptionally(lost));
        pending.clear();
        ends.accept(this, info);
    }

    private KinrealmError lost() {
        return new KinrealmError(KinrealmError.CONNECTION_LOST, "The connection to " + uri + " ended.");
    }
}
