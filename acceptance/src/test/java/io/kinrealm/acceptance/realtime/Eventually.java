package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.fail;

import io.kinrealm.adapters.client.KinrealmError;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for what happens on other threads (the gateway, the client's dispatcher): polls a condition until a
 * deadline, then fails the scenario saying what never happened. Never a fixed sleep.
 */
final class Eventually {
    /** Long enough for anything on loopback, short enough to fail a scenario quickly. */
    static final Duration SOON = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 10;

    private Eventually() {
    }

    /** Waits until the condition holds. */
    static void until(String what, Duration timeout, BooleanSupplier condition) {
        within(what, timeout, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    /** Waits until the condition holds or the time is up; whether it held. For cleaning up, where nothing fails. */
    static boolean holdsWithin(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    /** Waits until the probe finds something, and answers it. */
    static <T> T within(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                return fail("Waited %s for %s, in vain", timeout, what);
            }
            pause();
        }
    }

    /** The value of a future, or the scenario fails when it does not complete in time or completes exceptionally. */
    static <T> T answer(String what, CompletableFuture<T> future) {
        try {
            return future.get(SOON.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return fail("%s failed: %s", what, e.getCause());
        } catch (TimeoutException e) {
            return fail("%s got no answer within %s", what, SOON);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for %s", what);
        }
    }

    /**
     * Waits for the answer to a request: the code of the refusal ({@code channel_forbidden}, ...), or empty when the
     * request was carried out. Fails the scenario when no answer comes in time.
     */
    static Optional<String> refusal(String what, CompletableFuture<?> future) {
        try {
            future.get(SOON.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KinrealmError error) {
                return Optional.of(error.code());
            }
            return fail("%s failed: %s", what, e.getCause());
        } catch (TimeoutException e) {
            return fail("%s got no answer within %s", what, SOON);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for %s", what);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while polling", e);
        }
    }
}
