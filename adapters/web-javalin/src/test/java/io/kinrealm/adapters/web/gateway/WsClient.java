package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test client on the JDK's WebSocket: requests with their own ids, replies and events awaited with timeouts (see
 * {@link Inbox} for what eager means).
 */
final class WsClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Inbox inbox;
    private final AtomicLong ids = new AtomicLong();
    private final WebSocket socket;

    private WsClient(Inbox inbox, WebSocket socket) {
        this.inbox = inbox;
        this.socket = socket;
    }

    static WsClient connect(HttpClient http, URI uri, boolean eager, String... headers) {
        Inbox inbox = new Inbox(eager);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Inbox.WAIT);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return new WsClient(inbox, builder.buildAsync(uri, inbox).join());
    }

    /** Sends a request and answers its id. */
    long send(String op, Map<String, ?> d) {
        long id = ids.incrementAndGet();
        sendText(write(Map.of("id", id, "op", op, "d", d)));
        return id;
    }

    /** Sends a request and waits for its reply. */
    JsonNode request(String op, Map<String, ?> d) {
        return reply(send(op, d));
    }

    synchronized void sendText(String text) {
        socket.sendText(text, true).join();
    }

    JsonNode reply(long id) {
        JsonNode reply = nextReply();
        assertThat(reply.get("re").asLong()).as("reply %s", reply).isEqualTo(id);
        return reply;
    }

    JsonNode nextReply() {
        return Inbox.take(inbox.replies, "reply");
    }

    JsonNode nextEvent() {
        return Inbox.take(inbox.events, "event");
    }

    /** The next event with this name, skipping others. */
    JsonNode event(String name) {
        long deadline = System.nanoTime() + Inbox.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode event = Inbox.take(inbox.events, "event " + name);
            if (event.get("ev").asText().equals(name)) {
                return event;
            }
        }
        return fail("no event " + name);
    }

    /** The events received and not yet taken. */
    List<JsonNode> receivedEvents() {
        List<JsonNode> all = new ArrayList<>();
        inbox.events.drainTo(all);
        return all;
    }

    /** Every frame received so far, replies and events, in the order they arrived. */
    List<JsonNode> arrivals() {
        return List.copyOf(inbox.arrivals);
    }

    /** Lets a client that is not eager read this many more messages. */
    void read(long messages) {
        socket.request(messages);
    }

    int closeCode() {
        try {
            return inbox.closed.get(Inbox.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fail("the server did not close the connection: " + e);
        }
    }

    boolean isOpen() {
        return !inbox.closed.isDone() && !socket.isInputClosed();
    }

    /** Closes with 1000 and waits for the server's answer. */
    void closeCleanly() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        closeCode();
    }

    /** Drops the TCP connection without a closing handshake. */
    void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
