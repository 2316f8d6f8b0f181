package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a test client receives: whole text messages parsed and queued as replies or events, every frame in arrival
 * order, and the close code. With {@code eager} it asks for the next message after each one; otherwise only the
 * test asks (the JDK client reads from the socket only on demand, so the server sees a consumer that stalls).
 */
final class Inbox implements WebSocket.Listener {
    static final Duration WAIT = Duration.ofSeconds(10);

    final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    final List<JsonNode> arrivals = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean eager;

    Inbox(boolean eager) {
        this.eager = eager;
    }

    static JsonNode take(BlockingQueue<JsonNode> queue, String what) {
        try {
            JsonNode next = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return next != null ? next : fail("no " + what + " within " + WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode frame = parse(partial.toString());
            partial.setLength(0);
            arrivals.add(frame);
            (frame.has("re") ? replies : events).add(frame);
        }
        if (eager || !last) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        if (eager) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    private static JsonNode parse(String text) {
        try {
            return WsClient.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
