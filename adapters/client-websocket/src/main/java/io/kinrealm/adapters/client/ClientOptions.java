package io.kinrealm.adapters.client;

import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How a {@link KinrealmClient} behaves.
 *
 * @param otherNodes     further node URIs to try, in turn after the first one, when reconnecting
 * @param requestTimeout how long a request waits for its reply before its future fails with a TimeoutException
 * @param initialBackoff the delay before the first reconnect attempt; it doubles at each failed attempt
 * @param maxBackoff     the longest delay between reconnect attempts (each delay is drawn between half and all of it)
 * @param reconnect      whether to reconnect and resume after an unexpected drop
 * @param tokenSupplier  a fresh access token for reconnecting, when the application has one; when it gives none the
 *                       client authenticates with the token it last authenticated with
 * @param container      the WebSocket container to connect with; share one between all clients of a process
 * @param dispatch       what runs the client's dispatcher (its listeners, one at a time, in order): virtual threads by
 *                       default; {@code Runnable::run} runs them on the thread that read the frame, which saves a
 *                       thread hand-off per event but suits only listeners that never block
 */
public record ClientOptions(
        List<URI> otherNodes,
        Duration requestTimeout,
        Duration initialBackoff,
        Duration maxBackoff,
        boolean reconnect,
        Supplier<Optional<String>> tokenSupplier,
        WebSocketContainer container,
        Executor dispatch) {

    public ClientOptions {
        otherNodes = List.copyOf(otherNodes);
        Objects.requireNonNull(tokenSupplier, "tokenSupplier");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(dispatch, "dispatch");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Reconnect on, 10 s request timeout, backoff from 100 ms doubling to 5 s, the shared Tyrus container. */
    public static ClientOptions defaults() {
        return new ClientOptions(List.of(), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(5),
                true, Optional::empty, ClientContainers.shared(), ClientRuntime.VIRTUAL);
    }

    public ClientOptions withOtherNodes(List<URI> value) {
        return new ClientOptions(value, requestTimeout, initialBackoff, maxBackoff, reconnect, tokenSupplier,
                container, dispatch);
    }

    public ClientOptions withRequestTimeout(Duration value) {
        return new ClientOptions(otherNodes, value, initialBackoff, maxBackoff, reconnect, tokenSupplier, container,
                dispatch);
    }

    public ClientOptions withBackoff(Duration initial, Duration max) {
        return new ClientOptions(otherNodes, requestTimeout, initial, max, reconnect, tokenSupplier, container,
                dispatch);
    }

    public ClientOptions withReconnect(boolean value) {
        return new ClientOptions(otherNodes, requestTimeout, initialBackoff, maxBackoff, value, tokenSupplier,
                container, dispatch);
    }

    public ClientOptions withTokenSupplier(Supplier<Optional<String>> value) {
        return new ClientOptions(otherNodes, requestTimeout, initialBackoff, maxBackoff, reconnect, value, container,
                dispatch);
    }

    public ClientOptions withContainer(WebSocketContainer value) {
        return new ClientOptions(otherNodes, requestTimeout, initialBackoff, maxBackoff, reconnect, tokenSupplier,
                value, dispatch);
    }

    public ClientOptions withDispatch(Executor value) {
        return new ClientOptions(otherNodes, requestTimeout, initialBackoff, maxBackoff, reconnect, tokenSupplier,
                container, value);
    }
}
