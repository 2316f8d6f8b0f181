package io.kinrealm.adapters.web.gateway;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's clock-driven work: deadlines of single connections (authentication, token expiry, a close that
 * takes too long) and the node's periodic rounds (pings, silence, presence). One platform thread; what it runs must
 * be quick or hand blocking work to a virtual thread.
 */
final class Timers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Timers.class);

    private final ScheduledThreadPoolExecutor scheduler;

    Timers() {
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "kinrealm-gateway-timers");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    ScheduledFuture<?> once(Duration delay, Runnable task) {
        return scheduler.schedule(safely(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    void every(Duration period, Runnable task) {
        scheduler.scheduleAtFixedRate(safely(new PeriodicTask(task, System::nanoTime)), period.toNanos(),
                period.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private static Runnable safely(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A gateway timer task failed", e);
            }
        };
    }
}
