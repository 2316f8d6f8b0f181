package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for the browser origins named in {@link HttpSettings#corsOrigins()} only. An allowed origin is
 * echoed with {@code Vary: Origin} and its preflight answered 204; any other origin gets no CORS header at all, so
 * the browser keeps it out. The same list decides which browser pages may open the WebSocket.
 */
final class Cors {
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Character-Id, X-Request-Id";
    static final String EXPOSED_HEADERS = String.join(", ", List.of("Location", "Retry-After", "RateLimit-Limit",
            "RateLimit-Remaining", "RateLimit-Reset", "X-Request-Id", "WWW-Authenticate"));
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Before every request: CORS headers for an allowed origin; its preflight ends here with 204. */
    void before(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (isPreflight(ctx)) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204).skipRemainingHandlers();
        } else {
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    /**
     * Before a WebSocket upgrade: a browser (one that sends {@code Origin}) may open the socket only from an allowed
     * origin or from this server's own origin (a page it served); others are refused with 403. Clients that send no
     * {@code Origin} (games, tools) are not browsers.
     */
    void beforeUpgrade(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origins.contains(origin) && !isSameOrigin(origin, ctx.header("Host"))) {
            throw new ProblemException(Problem.of(403, "origin_not_allowed",
                    "This origin may not open the WebSocket."));
        }
    }

    /** Whether the origin names the host (and port) the request was sent to, as a page of this server would. */
    private static boolean isSameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isPreflight(Context ctx) {
        return "OPTIONS".equals(ctx.method().name()) && ctx.header("Access-Control-Request-Method") != null;
    }
}
