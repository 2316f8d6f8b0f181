package io.kinrealm.application.shared.port.out;

import java.time.Instant;

/** The time of the world. The core never reads a system clock itself, so tests and replays control time. */
public interface GameClock {
    Instant now();
}
