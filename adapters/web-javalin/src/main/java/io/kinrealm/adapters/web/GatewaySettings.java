package io.kinrealm.adapters.web;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and timers of the WebSocket gateway at {@code /ws} (see docs/protocol.md).
 *
 * @param authTimeout             how long a new connection has to authenticate before it is closed with 4401 (5 s)
 * @param idleTimeout             how long a connection may stay silent (no frame, not even a pong) before it is
 *                                closed with 1001 (60 s)
 * @param pingInterval            how often the server pings every connection (20 s)
 * @param maxFrameBytes           the largest text frame accepted; a larger one closes with 1009 (64 KiB)
 * @param requestsPerSecond       requests per second per connection, also the burst; more get rate_limited (50)
 * @param maxQueuedFrames         frames waiting to be sent to one connection before it is closed with 4008 (1024)
 * @param maxQueuedBytes          bytes waiting to be sent to one connection before it is closed with 4008 (4 MiB)
 * @param presenceRefreshInterval how often this node keeps its connections' presence alive (10 s)
 * @param presenceExpiryInterval  how often this node ends the presence of connections that died anywhere (5 s)
 */
public record GatewaySettings(Duration authTimeout, Duration idleTimeout, Duration pingInterval, int maxFrameBytes,
                              int requestsPerSecond, int maxQueuedFrames, long maxQueuedBytes,
                              Duration presenceRefreshInterval, Duration presenceExpiryInterval) {
    public GatewaySettings {
        positive(authTimeout, "authTimeout");
        positive(idleTimeout, "idleTimeout");
        positive(pingInterval, "pingInterval");
        positive(presenceRefreshInterval, "presenceRefreshInterval");
        positive(presenceExpiryInterval, "presenceExpiryInterval");
        if (maxFrameBytes < 1 || requestsPerSecond < 1 || maxQueuedFrames < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("frame size, request rate and queue bounds must be positive");
        }
    }

    /** The documented defaults: 5 s, 60 s, 20 s, 64 KiB, 50/s, 1024 frames, 4 MiB, 10 s, 5 s. */
    public static GatewaySettings defaults() {
        return new GatewaySettings(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(20), 65_536, 50,
                1024, 4L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
