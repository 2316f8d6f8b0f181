package io.kinrealm.adapters.web.gateway;

/**
 * The request allowance of one connection: a token bucket holding up to {@code perSecond} requests and refilled at
 * {@code perSecond} a second, on a monotonic clock given in nanoseconds.
 */
final class RequestBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private double tokens;
    private long lastNanos;

    RequestBucket(int perSecond, long nowNanos) {
        this.capacity = perSecond;
        this.tokens = perSecond;
        this.lastNanos = nowNanos;
    }

    /** Takes one request from the allowance; false when it is spent (the request is rate_limited). */
    synchronized boolean tryTake(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastNanos);
        lastNanos = Math.max(lastNanos, nowNanos);
        tokens = Math.min(capacity, tokens + elapsed * capacity / NANOS_PER_SECOND);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
