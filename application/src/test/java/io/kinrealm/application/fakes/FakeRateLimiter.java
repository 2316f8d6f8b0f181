package io.kinrealm.application.fakes;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Counts hits per key and per fixed window (aligned on the epoch). */
public final class FakeRateLimiter implements RateLimiter {
    private final Map<String, Long> counts = new HashMap<>();

    @Override
    public long hit(String key, Duration window, Instant now) {
        long windowStart = Math.floorDiv(now.toEpochMilli(), window.toMillis());
        return counts.merge(key + "@" + windowStart, 1L, Long::sum);
    }
}
