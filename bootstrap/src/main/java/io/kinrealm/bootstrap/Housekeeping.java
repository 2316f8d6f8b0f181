package io.kinrealm.bootstrap;

import io.kinrealm.application.account.port.in.PurgeExpiredSessionsUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's housekeeping round: every {@link #PERIOD}, starting a minute after start, it forgets expired refresh
 * tokens. Every node of a cluster runs it; the purges are idempotent. A failing dependency is logged and tried again
 * next round.
 */
final class Housekeeping implements AutoCloseable {
    static final Duration PERIOD = Duration.ofHours(1);
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kinrealm-housekeeping");
        thread.setDaemon(true);
        return thread;
    });
    private final PurgeExpiredSessionsUseCase sessions;

    private Housekeeping(PurgeExpiredSessionsUseCase sessions) {
        this.sessions = sessions;
    }

    static Housekeeping start(PurgeExpiredSessionsUseCase sessions) {
        Housekeeping housekeeping = new Housekeeping(sessions);
        housekeeping.scheduler.scheduleAtFixedRate(housekeeping::round, FIRST.toSeconds(), PERIOD.toSeconds(),
                TimeUnit.SECONDS);
        return housekeeping;
    }

    /** One round; public to the package so that it can be run on demand. */
    void round() {
        try {
            int forgotten = sessions.purge();
            if (forgotten > 0) {
                LOG.info("Forgot {} expired refresh tokens", forgotten);
            }
        } catch (InfrastructureException e) {
            LOG.warn("Housekeeping waits for {}: {}", e.dependency(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Housekeeping failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
