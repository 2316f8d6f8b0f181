package io.kinrealm.adapters.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers every response carries, errors and 404s included: those Express' helmet sets by default, with
 * framing denied outright (X-Frame-Options DENY, frame-ancestors 'none') since no page of ours is ever framed.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL = headers();

    private SecurityHeaders() {
    }

    static void applyTo(BiConsumer<String, String> response) {
        ALL.forEach(response);
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", String.join(";",
                "default-src 'self'",
                "base-uri 'self'",
                "font-src 'self' https: data:",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "img-src 'self' data:",
                "object-src 'none'",
                "script-src 'self'",
                "script-src-attr 'none'",
                "style-src 'self' https: 'unsafe-inline'",
                "upgrade-insecure-requests"));
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Origin-Agent-Cluster", "?1");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-DNS-Prefetch-Control", "off");
        headers.put("X-Download-Options", "noopen");
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Permitted-Cross-Domain-Policies", "none");
        headers.put("X-XSS-Protection", "0");
        return Map.copyOf(headers);
    }
}
