package io.kinrealm.application.ratelimit.port.in;

import java.time.Duration;
import java.util.Objects;

/** At most {@code requests} requests per client in each window of the given length. */
public record RateLimit(int requests, Duration window) {
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request in a positive window");
        }
    }
}
