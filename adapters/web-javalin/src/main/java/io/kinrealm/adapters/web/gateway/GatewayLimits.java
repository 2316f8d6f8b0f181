package io.kinrealm.adapters.web.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * The gateway's limits and timers, as the HTTP server's settings give them (see {@code GatewaySettings} there for
 * their meaning and defaults).
 */
public record GatewayLimits(Duration authTimeout, Duration idleTimeout, Duration pingInterval, int maxFrameBytes,
                            int requestsPerSecond, int maxQueuedFrames, long maxQueuedBytes,
                            Duration presenceRefreshInterval, Duration presenceExpiryInterval) {
    public GatewayLimits {
        Objects.requireNonNull(authTimeout, "authTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(presenceRefreshInterval, "presenceRefreshInterval");
        Objects.requireNonNull(presenceExpiryInterval, "presenceExpiryInterval");
    }
}
