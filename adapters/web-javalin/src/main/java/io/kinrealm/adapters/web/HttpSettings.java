package io.kinrealm.adapters.web;

import java.util.List;
import java.util.Objects;

/**
 * Where the HTTP server listens and what it accepts.
 *
 * @param host         the interface to bind, e.g. {@code 0.0.0.0}
 * @param port         the TCP port; 0 picks a free one (read it back with {@link KinrealmHttpServer#port()})
 * @param corsOrigins  browser origins allowed to call the API cross-origin and to open the WebSocket, e.g.
 *                     {@code https://play.kinrealm.io}; none by default, so no CORS headers are sent at all and only
 *                     WebSocket upgrades without an {@code Origin} header (non-browser clients) are accepted
 * @param maxBodyBytes the largest request body accepted; larger ones are refused with 413
 * @param gateway      the limits and timers of the WebSocket gateway
 */
public record HttpSettings(String host, int port, List<String> corsOrigins, long maxBodyBytes,
                           GatewaySettings gateway) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 65_536;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        Objects.requireNonNull(gateway, "gateway");
    }

    /** With the gateway's default limits. */
    public HttpSettings(String host, int port, List<String> corsOrigins, long maxBodyBytes) {
        this(host, port, corsOrigins, maxBodyBytes, GatewaySettings.defaults());
    }

    /** All interfaces, port 8080, no CORS origins, 64 KiB bodies, default gateway limits. */
    public static HttpSettings defaults() {
        return new HttpSettings("0.0.0.0", DEFAULT_PORT, List.of(), DEFAULT_MAX_BODY_BYTES);
    }
}
