package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} must do: count per key in fixed windows, exactly, under concurrency too. */
public abstract class RateLimiterContract {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant WINDOW_START = Instant.parse("2026-11-25T12:00:00Z");

    /** A limiter over fresh storage (or with keys no other test run uses). */
    protected abstract RateLimiter limiter();

    private static String key() {
        return "contract:" + UUID.randomUUID();
    }

    @Test
    public void each_request_in_a_window_counts_one_more() {
        RateLimiter limiter = limiter();
        String key = key();
        assertThat(limiter.hit(key, MINUTE, WINDOW_START)).isEqualTo(1);
        assertThat(limiter.hit(key, MINUTE, WINDOW_START.plusSeconds(10))).isEqualTo(2);
        assertThat(limiter.hit(key, MINUTE, WINDOW_START.plusSeconds(59))).isEqualTo(3);
    }

    @Test
    public void a_new_window_starts_counting_afresh() {
        RateLimiter limiter = limiter();
        String key = key();
        limiter.hit(key, MINUTE, WINDOW_START);
        limiter.hit(key, MINUTE, WINDOW_START.plusSeconds(30));
        assertThat(limiter.hit(key, MINUTE, WINDOW_START.plusSeconds(60))).isEqualTo(1);
    }

    @Test
    public void keys_are_counted_apart() {
        RateLimiter limiter = limiter();
        String first = key();
        limiter.hit(first, MINUTE, WINDOW_START);
        limiter.hit(first, MINUTE, WINDOW_START);
        assertThat(limiter.hit(key(), MINUTE, WINDOW_START)).isEqualTo(1);
    }

    @Test
    public void concurrent_requests_are_each_counted_once() throws Exception {
        RateLimiter limiter = limiter();
        String key = key();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            var counts = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> limiter.hit(key, MINUTE, WINDOW_START.plusMillis(i))))
                    .toList();
            long highest = 0;
            for (Future<Long> count : counts) {
                highest = Math.max(highest, count.get());
            }
            assertThat(highest).isEqualTo(200);
        }
        assertThat(limiter.hit(key, MINUTE, WINDOW_START.plusSeconds(1))).isEqualTo(201);
    }
}
