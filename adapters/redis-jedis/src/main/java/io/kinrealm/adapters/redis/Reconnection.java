package io.kinrealm.adapters.redis;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the subscriber connection tries again after a failure: {@link SubscriberLink#FIRST_RETRY}, doubling up to
 * {@link SubscriberLink#MAX_RETRY}, back to the first delay once a connection is made. It logs the first failure of a
 * run at WARN, the following attempts at DEBUG, and the connection coming back at INFO.
 */
final class Reconnection {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriberLink.class);

    private final String where;
    private Duration delay = SubscriberLink.FIRST_RETRY;
    private int failures;
    private boolean everUp;

    Reconnection(String where) {
        this.where = where;
    }

    void failed(String reason) {
        failures++;
        if (failures == 1) {
            LOG.warn("{} the Redis subscriber connection to {} ({}); retrying from {} ms on",
                    everUp ? "lost" : "could not open", where, reason, delay.toMillis());
        } else {
            LOG.debug("attempt {} to reconnect the Redis subscriber to {} failed: {}", failures, where, reason);
        }
    }

    void succeeded() {
        if (everUp || failures > 0) {
            LOG.info("the Redis subscriber connection to {} is back after {} failed attempt(s)", where, failures);
        }
        everUp = true;
        failures = 0;
        delay = SubscriberLink.FIRST_RETRY;
    }

    /** Waits before the next attempt; false when interrupted, i.e. the link is closing. */
    boolean pause() {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Duration doubled = delay.multipliedBy(2);
        delay = doubled.compareTo(SubscriberLink.MAX_RETRY) > 0 ? SubscriberLink.MAX_RETRY : doubled;
        return true;
    }
}
