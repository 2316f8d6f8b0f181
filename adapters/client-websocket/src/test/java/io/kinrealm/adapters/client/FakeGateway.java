package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsMessageContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fake node speaking just enough of docs/protocol.md for the client's tests: auth (the token {@code bad} closes
 * with 4401), ping, room.join/leave, chat.send with seq, chat.history, session.resume replaying from the shared
 * {@link FakeChat}, and position.report with its {@code family.positions} batches every 100 ms
 * ({@link FakePositions}). Tests can make it drop connections, stay silent on some ops, or replay sloppily.
 */
public final class FakeGateway implements AutoCloseable {
    private final FakeChat chat;
    private final Javalin app;
    private final Map<String, FakeConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final List<JsonNode> resumeRequests = new CopyOnWriteArrayList<>();
    private final Set<String> silentOps = ConcurrentHashMap.newKeySet();
    private volatile int replayOverlap;
    private volatile CountDownLatch resumeGate = new CountDownLatch(0);
    private final Semaphore resumesArrived = new Semaphore(0);
    private final FakePositions positions = new FakePositions();
    private final ScheduledExecutorService batches = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("fake-position-batches").factory());

    private FakeGateway(FakeChat chat, Consumer<JavalinConfig> extra) {
        this.chat = chat;
        this.app = Javalin.create(cfg -> {
            cfg.routes.ws("/ws", ws -> {
                ws.onConnect(ctx -> {
                    opened.incrementAndGet();
                    connections.put(ctx.sessionId(), new FakeConnection(ctx));
                });
                ws.onMessage(this::onMessage);
                ws.onClose(ctx -> chat.leaveAll(connections.remove(ctx.sessionId())));
            });
            extra.accept(cfg);
        }).start("127.0.0.1", 0);
        batches.scheduleAtFixedRate(this::sendPositions, 100, 100, TimeUnit.MILLISECONDS);
    }

    public static FakeGateway start(FakeChat chat) {
        return new FakeGateway(chat, cfg -> { });
    }

    public static FakeGateway start(FakeChat chat, Consumer<JavalinConfig> extra) {
        return new FakeGateway(chat, extra);
    }

    public URI uri() {
        return URI.create("ws://127.0.0.1:" + app.port() + "/ws");
    }

    public int port() {
        return app.port();
    }

    int connectionsOpened() {
        return opened.get();
    }

    List<JsonNode> resumeRequests() {
        return List.copyOf(resumeRequests);
    }

    void silenceOp(String op) {
        silentOps.add(op);
    }

    /** On resume, replays this many messages the client already had, as a careless node might. */
    void replayOverlap(int messages) {
        replayOverlap = messages;
    }

    /** Resume requests wait (before touching the chat) until {@link #releaseResumes()}. */
    void holdResumes() {
        resumeGate = new CountDownLatch(1);
    }

    void releaseResumes() {
        resumeGate.countDown();
    }

    /** Waits until a resume request has arrived (and is held, when resumes are held). */
    void awaitResumeArrived() throws InterruptedException {
        if (!resumesArrived.tryAcquire(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no session.resume arrived");
        }
    }

    void closeAll(int code) {
        connections.values().forEach(connection -> connection.close(code, "test"));
    }

    void abortAll() {
        connections.values().forEach(FakeConnection::abort);
    }

    @Override
    public void close() {
        batches.shutdownNow();
        app.stop();
    }

    private void onMessage(WsMessageContext ctx) throws Exception {
        FakeConnection connection = connections.get(ctx.sessionId());
        JsonNode frame = FakeChat.JSON.readTree(ctx.message());
        JsonNode id = frame.get("id");
        String op = frame.path("op").asText();
        JsonNode d = frame.path("d");
        if (!connection.authenticated() && !"auth".equals(op)) {
            connection.close(4401, "auth first");
        } else if ("session.resume".equals(op)) {
            resumesArrived.release();
            resumeGate.await(10, TimeUnit.SECONDS);
            synchronized (chat) {
                handle(connection, id, op, d);
            }
        } else if (!silentOps.contains(op)) {
            synchronized (chat) {
                handle(connection, id, op, d);
            }
        }
    }

    private void handle(FakeConnection connection, JsonNode id, String op, JsonNode d) {
        String ch = d.path("ch").asText();
        switch (op) {
            case "auth" -> auth(connection, id, d);
            case "ping" -> connection.ok(id, object().put("serverTime", "2026-11-25T12:00:00Z"));
            case "room.join" -> join(connection, id, ch);
            case "room.leave" -> {
                chat.leave(ch, connection);
                connection.ok(id, object().put("ch", ch));
            }
            case "chat.send" -> send(connection, id, ch, d.path("text").asText());
            case "chat.history" -> connection.ok(id, object().put("ch", ch).set("messages",
                    FakeChat.JSON.valueToTree(chat.after(ch, 0).reversed())));
            case "session.resume" -> resume(connection, id, d.path("channels"));
            case "position.report" -> report(connection, id, d);
            default -> connection.error(id, "unknown_op", "No such op: " + op);
        }
    }

    private void auth(FakeConnection connection, JsonNode id, JsonNode d) {
        if ("bad".equals(d.path("token").asText())) {
            connection.close(4401, "invalid token");
            return;
        }
        connection.authenticate(d.path("characterId").asText());
        String character = d.path("characterId").asText();
        connection.ok(id, object().put("characterId", character).put("name", "Aria").put("connectionId", "c1"));
    }

    private void join(FakeConnection connection, JsonNode id, String ch) {
        if (ch.startsWith("forbidden:")) {
            connection.error(id, "channel_forbidden", "You may not join " + ch);
            return;
        }
        chat.join(ch, connection);
        connection.ok(id, object().put("ch", ch).put("lastSeq", chat.lastSeq(ch)));
    }

    private void send(FakeConnection connection, JsonNode id, String ch, String text) {
        if (!chat.isMember(ch, connection)) {
            connection.error(id, "not_in_channel", "Join " + ch + " first");
            return;
        }
        chat.append(ch, "someone", text, stored -> connection.ok(id, stored));
    }

    private void resume(FakeConnection connection, JsonNode id, JsonNode channels) {
        resumeRequests.add(channels);
        ObjectNode results = object();
        channels.properties().forEach(entry -> {
            String ch = entry.getKey();
            List<ObjectNode> missed = chat.after(ch, entry.getValue().asLong() - replayOverlap);
            missed = missed == null ? List.of() : missed;
            missed.forEach(message -> connection.push("chat.message", ch, message));
            chat.join(ch, connection);
            results.set(ch, object().put("recovered", chat.after(ch, entry.getValue().asLong()) != null)
                    .put("lastSeq", chat.lastSeq(ch)));
        });
        connection.ok(id, object().set("channels", results));
    }

    private void report(FakeConnection connection, JsonNode id, JsonNode d) {
        double x = d.path("x").asDouble(-1);
        double y = d.path("y").asDouble(-1);
        if (!d.path("section").isTextual() || !FakePositions.inRange(x) || !FakePositions.inRange(y)) {
            connection.error(id, "validation_failed", "A position is a section and x, y from 0 up to 100");
            return;
        }
        boolean accepted = positions.report(connection.character(), d.path("section").asText(), x, y,
                System.nanoTime());
        connection.ok(id, object().put("accepted", accepted));
    }

    private void sendPositions() {
        synchronized (chat) {
            positions.flush().forEach((channel, data) -> chat.broadcast(channel, "family.positions", data));
        }
    }

    private static ObjectNode object() {
        return FakeChat.JSON.createObjectNode();
    }
}
