package io.kinrealm.application.fakes;

import io.kinrealm.application.shared.port.out.GameClock;
import java.time.Duration;
import java.time.Instant;

/** A clock that only moves when the test says so. */
public final class MutableClock implements GameClock {
    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }
}
