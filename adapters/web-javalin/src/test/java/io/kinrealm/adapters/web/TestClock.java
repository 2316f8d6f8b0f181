package io.kinrealm.adapters.web;

import io.kinrealm.application.shared.port.out.GameClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand, so that tokens expire and rate-limit windows end on demand. */
final class TestClock implements GameClock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));

    @Override
    public Instant now() {
        return now.get();
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}
