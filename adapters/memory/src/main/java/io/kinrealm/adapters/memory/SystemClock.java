package io.kinrealm.adapters.memory;

import io.kinrealm.application.shared.port.out.GameClock;
import java.time.Clock;
import java.time.Instant;

/** The machine's clock in UTC. */
public final class SystemClock implements GameClock {
    private final Clock clock = Clock.systemUTC();

    @Override
    public Instant now() {
        return clock.instant();
    }
}
