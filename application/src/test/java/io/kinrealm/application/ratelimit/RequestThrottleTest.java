package io.kinrealm.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.fakes.FakeRateLimiter;
import io.kinrealm.application.fakes.MutableClock;
import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase.Admission;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestThrottleTest {
    private static final Instant TWENTY_SECONDS_INTO_A_MINUTE = Instant.parse("2026-03-01T08:00:20Z");

    private final MutableClock clock = new MutableClock(TWENTY_SECONDS_INTO_A_MINUTE);
    private final RequestThrottle throttle = new RequestThrottle(new FakeRateLimiter(), clock,
            Map.of("auth", new RateLimit(3, Duration.ofMinutes(1))));

    @Test
    void a_client_may_make_as_many_requests_as_the_limit_and_is_told_how_many_remain() {
        assertThat(throttle.admit("10.0.0.1", "auth")).isEqualTo(allowed(2));
        assertThat(throttle.admit("10.0.0.1", "auth")).isEqualTo(allowed(1));
        assertThat(throttle.admit("10.0.0.1", "auth")).isEqualTo(allowed(0));
    }

    @Test
    void the_request_after_the_limit_is_refused_until_the_window_ends() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("10.0.0.1", "auth");
        }

        Admission refused = throttle.admit("10.0.0.1", "auth");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void a_new_window_gives_a_fresh_allowance() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("10.0.0.1", "auth");
        }
        clock.advance(Duration.ofSeconds(40));

        assertThat(throttle.admit("10.0.0.1", "auth").allowed()).isTrue();
    }

    @Test
    void each_client_has_its_own_allowance() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("10.0.0.1", "auth");
        }

        assertThat(throttle.admit("10.0.0.2", "auth")).isEqualTo(allowed(2));
    }

    @Test
    void a_group_without_a_limit_is_never_throttled() {
        for (int i = 0; i < 1000; i++) {
            throttle.admit("10.0.0.1", "api");
        }

        assertThat(throttle.admit("10.0.0.1", "api").allowed()).isTrue();
    }

    private static Admission allowed(int remaining) {
        return new Admission(true, 3, remaining, Duration.ofSeconds(40));
    }
}
