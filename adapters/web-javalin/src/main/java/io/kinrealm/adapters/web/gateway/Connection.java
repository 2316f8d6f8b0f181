package io.kinrealm.adapters.web.gateway;

import io.kinrealm.domain.language.ReaderProfile;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;

/**
 * One client socket: unauthenticated until its {@code auth} succeeds, then acting as one character. It owns its
 * bounded outbox, its request allowance and the set of channels it is on (the hub keeps, per channel, the last
 * sequence number delivered to it). Closing is asynchronous; a peer that does not complete the closing handshake in
 * time is disconnected.
 */
final class Connection {
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final Transport transport;
    private final Outbox outbox;
    private final RequestBucket bucket;
    private final Timers timers;
    private final Runnable onSlow;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private Identity identity;
    private volatile ReaderProfile reader;
    private boolean closed;
    private ScheduledFuture<?> authDeadline;
    private ScheduledFuture<?> expiry;
    private volatile long bytesIn = Long.MIN_VALUE;
    private volatile long heardAtNanos;

    Connection(String id, Transport transport, GatewayLimits limits, Timers timers, Runnable onSlow, long nowNanos) {
        this.id = id;
        this.transport = transport;
        this.timers = timers;
        this.onSlow = onSlow;
        this.outbox = new Outbox(transport, limits.maxQueuedFrames(), limits.maxQueuedBytes(), this::overflowed);
        this.bucket = new RequestBucket(limits.requestsPerSecond(), nowNanos);
        this.heardAtNanos = nowNanos;
    }

    String id() {
        return id;
    }

    void send(Frame frame) {
        outbox.offer(frame);
    }

    /** Closes after the frames already queued (so that a last reply or notice still arrives). */
    void close(int code, String reason) {
        outbox.closeAfterPending(code, reason);
        disconnectUnlessClosedWithin(CLOSE_GRACE);
    }

    boolean allowRequest(long nowNanos) {
        return bucket.tryTake(nowNanos);
    }

    /** How the character reads chat, as of its last {@code auth}; null before the first. */
    ReaderProfile reader() {
        return reader;
    }

    void reader(ReaderProfile profile) {
        reader = profile;
    }

    synchronized Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    synchronized boolean authenticated() {
        return identity != null;
    }

    /** Records who the connection is now; false when it closed meanwhile (the caller undoes what it did). */
    synchronized boolean authenticate(Identity who, ScheduledFuture<?> newExpiry) {
        cancel(authDeadline);
        cancel(expiry);
        if (closed) {
            cancel(newExpiry);
            return false;
        }
        identity = who;
        expiry = newExpiry;
        return true;
    }

    synchronized void authDeadline(ScheduledFuture<?> deadline) {
        authDeadline = deadline;
    }

    /** Marks the connection closed, stops its timers and answers who it was, if it had authenticated. */
    synchronized Optional<Identity> markClosed() {
        closed = true;
        cancel(authDeadline);
        cancel(expiry);
        outbox.drop();
        return Optional.ofNullable(identity);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    Set<String> channels() {
        return channels;
    }

    void ping() {
        transport.ping();
    }

    /**
     * Notes what the socket has received so far; answers how long the client has been silent, or -1 when the socket
     * cannot tell.
     */
    long silentForNanos(long nowNanos) {
        long received = transport.bytesIn();
        if (received < 0) {
            return -1;
        }
        if (received != bytesIn) {
            bytesIn = received;
            heardAtNanos = nowNanos;
        }
        return nowNanos - heardAtNanos;
    }

    private void overflowed() {
        onSlow.run();
        transport.close(CloseCodes.TOO_SLOW, "Too slow to keep up; reconnect and resume.");
        disconnectUnlessClosedWithin(CLOSE_GRACE);
    }

    private void disconnectUnlessClosedWithin(Duration grace) {
        try {
            timers.once(grace, () -> {
                if (!isClosed()) {
                    transport.disconnect();
                }
            });
        } catch (RejectedExecutionException e) {
            transport.disconnect();
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
