package io.kinrealm.domain.map;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many position reports a character has sent in the current second. A client may report its position at most
 * {@link MapRules#reportsPerSecond()} times a second; reports beyond that are dropped, not queued, since a newer
 * report soon makes them stale anyway. Seconds are counted from the first report of each window.
 *
 * @param windowStart when the current one-second window began
 * @param used        reports accepted in it
 */
public record ReportQuota(Instant windowStart, int used) {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    /** The quota of a character that has not reported yet: the next report opens a window. */
    public static ReportQuota fresh(Instant now) {
        return new ReportQuota(now, 0);
    }

    /** The quota after one more report at {@code now}, or empty when the report is over the limit and dropped. */
    public Optional<ReportQuota> take(Instant now, MapRules rules) {
        if (!expiredAt(now)) {
            return used < rules.reportsPerSecond() ? Optional.of(new ReportQuota(windowStart, used + 1))
                    : Optional.empty();
        }
        return Optional.of(new ReportQuota(now, 1));
    }

    /** True once the window is a second old (or the clock went back), so the next report opens a new one. */
    public boolean expiredAt(Instant now) {
        long elapsed = Duration.between(windowStart, now).toNanos();
        return elapsed >= WINDOW_NANOS || elapsed < 0;
    }
}
