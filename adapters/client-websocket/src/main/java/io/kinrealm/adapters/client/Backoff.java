package io.kinrealm.adapters.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delays between reconnect attempts: the initial delay doubling at each attempt up to the maximum, each drawn
 * between half and all of that ("equal jitter"), so that thousands of clients cut off together do not come back
 * together.
 */
record Backoff(Duration initial, Duration max) {

    /** The delay before attempt {@code attempt} (0 for the first). */
    Duration delay(int attempt, RandomGenerator random) {
        long ceiling = ceiling(attempt);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
    }

    long ceiling(int attempt) {
        long ceiling = initial.toMillis();
        for (int i = 0; i < attempt && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, max.toMillis());
    }
}
