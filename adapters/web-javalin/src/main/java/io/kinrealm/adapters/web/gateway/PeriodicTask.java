package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the gateway's periodic rounds (pings, presence upkeep, position batches). While a dependency is down the
 * round fails every time; that is told to the log at most every {@link #WARNING_INTERVAL} rather than up to ten times
 * a second. Anything else is a bug and goes on to {@link Timers}, which logs it every time.
 */
final class PeriodicTask implements Runnable {
    static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final Runnable task;
    private final LongSupplier nanoTime;
    private long lastWarning;
    private int warnings;

    PeriodicTask(Runnable task, LongSupplier nanoTime) {
        this.task = task;
        this.nanoTime = nanoTime;
    }

    @Override
    public void run() {
        try {
            task.run();
        } catch (InfrastructureException e) {
            long now = nanoTime.getAsLong();
            if (warnings == 0 || now - lastWarning >= WARNING_INTERVAL.toNanos()) {
                warnings++;
                lastWarning = now;
                LOG.warn("A gateway round waits for {} to come back: {}", e.dependency(), e.getMessage());
            }
        }
    }

    /** How many times the log was told that a round waits for a dependency. */
    int warnings() {
        return warnings;
    }
}
