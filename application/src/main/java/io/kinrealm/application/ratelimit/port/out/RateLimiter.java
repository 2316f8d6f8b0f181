package io.kinrealm.application.ratelimit.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Counters of requests in fixed time windows, shared by every node of a cluster so that a client cannot multiply its
 * allowance by spreading requests over nodes.
 */
public interface RateLimiter {

    /**
     * Counts one request under the key in the window of the given length that contains {@code now}, and answers the
     * count including this request.
     */
    long hit(String key, Duration window, Instant now);
}
