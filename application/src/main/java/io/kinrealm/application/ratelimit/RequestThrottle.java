package io.kinrealm.application.ratelimit;

import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.application.shared.port.out.GameClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Fixed-window throttling per client and route group; a group without a configured limit is not throttled. */
public final class RequestThrottle implements ThrottleUseCase {
    private final RateLimiter limiter;
    private final GameClock clock;
    private final Map<String, RateLimit> limits;

    public RequestThrottle(RateLimiter limiter, GameClock clock, Map<String, RateLimit> limits) {
        this.limiter = limiter;
        this.clock = clock;
        this.limits = Map.copyOf(limits);
    }

    @Override
    public Admission admit(String client, String group) {
        RateLimit limit = limits.get(group);
        if (limit == null) {
            return new Admission(true, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO);
        }
        Instant now = clock.now();
        long count = limiter.hit(group + ":" + client, limit.window(), now);
        long windowMillis = limit.window().toMillis();
        Duration resetAfter = Duration.ofMillis(windowMillis - Math.floorMod(now.toEpochMilli(), windowMillis));
        int remaining = (int) Math.max(0, limit.requests() - count);
        return new Admission(count <= limit.requests(), limit.requests(), remaining, resetAfter);
    }
}
