package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.family.port.in.FlushPositionsUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's round that sends the position reports of this node on, every batch interval. While a dependency is
 * down the core keeps what it could not send for the next round; this says so in the log at most every 30 seconds
 * rather than ten times a second.
 */
final class PositionBatches implements Runnable {
    static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PositionBatches.class);

    private final FlushPositionsUseCase flush;
    private final LongSupplier nanoTime;
    private long lastWarning;
    private int warnings;

    PositionBatches(FlushPositionsUseCase flush, LongSupplier nanoTime) {
        this.flush = flush;
        this.nanoTime = nanoTime;
    }

    @Override
    public void run() {
        try {
            flush.flush();
        } catch (InfrastructureException e) {
            long now = nanoTime.getAsLong();
            if (warnings == 0 || now - lastWarning >= WARNING_INTERVAL.toNanos()) {
                warnings++;
                lastWarning = now;
                LOG.warn("Family positions wait for {} to come back: {}", e.dependency(), e.getMessage());
            }
        }
    }

    /** How many times the log was told that positions wait for a dependency. */
    int warnings() {
        return warnings;
    }
}
