package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, polling, for a condition that the system reaches in the background; fails the test if it never does. */
final class Eventually {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("%s within %s", what, LIMIT).isTrue();
            Thread.sleep(20);
        }
    }
}
