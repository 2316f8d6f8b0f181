package io.kinrealm.adapters.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reopens a dropped connection after a growing delay, to the next node of the list each time (a node that said it is
 * restarting is better left alone). An attempt that cannot open a connection schedules the next one; once a
 * connection is open, its end (or the client's success) decides what comes next.
 */
final class Reconnector {
    private static final Logger LOG = LoggerFactory.getLogger(Reconnector.class);

    /** Opens a connection to the node and restores the session on it; throws when the node cannot be reached. */
    interface Attempt {
        void run(URI uri) throws IOException;
    }

    private final List<URI> nodes;
    private final Backoff backoff;
    private final Attempt attempt;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger cursor = new AtomicInteger(1);
    private volatile boolean stopped;
    private volatile ScheduledFuture<?> scheduled;

    Reconnector(List<URI> nodes, Backoff backoff, Attempt attempt) {
        this.nodes = List.copyOf(nodes);
        this.backoff = backoff;
        this.attempt = attempt;
    }

    void schedule() {
        if (stopped) {
            return;
        }
        long delay = backoff.delay(failures.getAndIncrement(), ThreadLocalRandom.current()).toMillis();
        scheduled = ClientRuntime.SCHEDULER.schedule(() -> ClientRuntime.VIRTUAL.execute(this::tryOnce),
                delay, TimeUnit.MILLISECONDS);
    }

    /** The session is back: the next drop starts again from the shortest delay. */
    void succeeded() {
        failures.set(0);
    }

    void stop() {
        stopped = true;
        ScheduledFuture<?> pending = scheduled;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void tryOnce() {
        if (stopped) {
            return;
        }
        URI uri = nodes.get(Math.floorMod(cursor.getAndIncrement(), nodes.size()));
        try {
            attempt.run(uri);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Reconnecting to {} failed: {}", uri, e.getMessage());
            schedule();
        }
    }
}
