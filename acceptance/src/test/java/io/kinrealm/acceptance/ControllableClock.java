package io.kinrealm.acceptance;

import io.kinrealm.application.shared.port.out.GameClock;
import java.time.Duration;
import java.time.Instant;

/** The world's clock in a scenario: it stands still until a step lets time pass. */
public final class ControllableClock implements GameClock {
    private Instant now;

    public ControllableClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void letPass(Duration duration) {
        now = now.plus(duration);
    }
}
