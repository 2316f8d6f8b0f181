package io.kinrealm.adapters.memory;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Request counters of this process in fixed windows; counters of ended windows are swept now and then. */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final long SWEEP_EVERY = 4096;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    private record Window(long start, long end, long count) {
    }

    @Override
    public long hit(String key, Duration window, Instant now) {
        long millis = now.toEpochMilli();
        long start = Math.floorDiv(millis, window.toMillis()) * window.toMillis();
        Window current = windows.compute(key, (k, existing) -> existing != null && existing.start() == start
                ? new Window(start, existing.end(), existing.count() + 1)
                : new Window(start, start + window.toMillis(), 1));
        if (hits.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> w.end() <= millis);
        }
        return current.count();
    }
}
