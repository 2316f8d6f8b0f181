package io.kinrealm.adapters.memory;

import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.testing.contract.RateLimiterContract;

class InMemoryRateLimiterTest extends RateLimiterContract {
    @Override
    protected RateLimiter limiter() {
        return new InMemoryRateLimiter();
    }
}
