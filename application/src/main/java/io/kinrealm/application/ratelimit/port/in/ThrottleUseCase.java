package io.kinrealm.application.ratelimit.port.in;

import java.time.Duration;

/** Decides whether a client may make one more request in a group of routes (auth, api, ...). */
public interface ThrottleUseCase {

    Admission admit(String client, String group);

    /**
     * The decision and what the client is told about its allowance.
     *
     * @param limit      requests allowed per window
     * @param remaining  requests left in this window after this one
     * @param resetAfter time until the window starts afresh
     */
    record Admission(boolean allowed, int limit, int remaining, Duration resetAfter) {
    }
}
