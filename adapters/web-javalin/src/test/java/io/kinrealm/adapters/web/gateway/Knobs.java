package io.kinrealm.adapters.web.gateway;

import io.kinrealm.adapters.web.GatewaySettings;
import io.kinrealm.adapters.web.WebUseCases;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a gateway test may turn: the gateway's limits, the token lifetime, the catch-up cap, browser origins, and
 * use cases swapped for failing ones.
 */
final class Knobs {
    Duration authTimeout = Duration.ofSeconds(5);
    Duration idleTimeout = Duration.ofSeconds(60);
    Duration pingInterval = Duration.ofSeconds(20);
    int maxFrameBytes = 65_536;
    int requestsPerSecond = 50;
    int maxQueuedFrames = 1024;
    long maxQueuedBytes = 4L * 1024 * 1024;
    Duration presenceRefresh = Duration.ofSeconds(10);
    Duration presenceExpiry = Duration.ofSeconds(5);
    Duration accessTokenLifetime = Duration.ofMinutes(15);
    int maxCatchUp = 1000;
    Duration presenceLifetime = Duration.ofSeconds(30);
    List<String> origins = List.of();
    UnaryOperator<WebUseCases> useCases = u -> u;

    GatewaySettings gateway() {
        return new GatewaySettings(authTimeout, idleTimeout, pingInterval, maxFrameBytes, requestsPerSecond,
                maxQueuedFrames, maxQueuedBytes, presenceRefresh, presenceExpiry);
    }
}
