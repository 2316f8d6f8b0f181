package io.kinrealm.adapters.web.gateway;

import java.time.Duration;
import java.util.Collection;
import java.util.function.LongSupplier;

/**
 * Pings every connection, and closes with 1001 those whose client has sent nothing (not even a pong) for the idle
 * timeout.
 */
final class Liveness {
    private final Collection<Connection> connections;
    private final long idleNanos;
    private final LongSupplier nanoClock;

    Liveness(Collection<Connection> connections, Duration idleTimeout, LongSupplier nanoClock) {
        this.connections = connections;
        this.idleNanos = idleTimeout.toNanos();
        this.nanoClock = nanoClock;
    }

    void pingAll() {
        connections.forEach(Connection::ping);
    }

    void closeSilent() {
        long now = nanoClock.getAsLong();
        connections.forEach(connection -> {
            if (connection.silentForNanos(now) >= idleNanos) {
                connection.close(CloseCodes.IDLE, "Silent for too long.");
            }
        });
    }
}
