package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase.Admission;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.List;

/**
 * Rate limiting per client address and route group: {@code auth} for the routes under {@value #AUTH_PREFIX},
 * {@code api} for every other API route (health, metrics and the OpenAPI document are not limited). Limited answers
 * carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; a refusal is 429 with Retry-After.
 */
final class Throttling {
    static final String API_PATHS = RouteTable.API + "/*";
    static final String AUTH_PREFIX = RouteTable.API + "/auth/";

    private final ThrottleUseCase throttle;

    Throttling(ThrottleUseCase throttle) {
        this.throttle = throttle;
    }

    /** Before every matched API route. */
    void before(Context ctx) {
        String group = ctx.path().startsWith(AUTH_PREFIX) ? "auth" : "api";
        Admission admission = throttle.admit(ctx.ip(), group);
        if (admission.limit() == Integer.MAX_VALUE) {
            return; // no limit configured for this group
        }
        long resetSeconds = seconds(admission.resetAfter());
        ctx.header("RateLimit-Limit", Integer.toString(admission.limit()));
        ctx.header("RateLimit-Remaining", Integer.toString(admission.remaining()));
        ctx.header("RateLimit-Reset", Long.toString(resetSeconds));
        if (!admission.allowed()) {
            throw new ProblemException(Problems.of(Refusal.RATE_LIMITED,
                    "Too many requests; try again in " + Math.max(1, resetSeconds) + " s.", List.of())
                    .withHeader("Retry-After", Long.toString(Math.max(1, resetSeconds))));
        }
    }

    /** Whole seconds, rounded up: a client waiting that long is sure to be in the next window. */
    private static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return (millis + 999) / 1000;
    }
}
