package io.kinrealm.adapters.web.gateway;

import java.time.InstantSource;
import java.util.Map;

/** {@code ping}: the server's time, so a client can check that the connection and the node answer. */
final class PingOp implements Op {
    private final InstantSource clock;

    PingOp(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public Object handle(Connection connection, Request request) {
        return Map.of("serverTime", clock.instant().toString());
    }
}
