package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one timer sample per request, once its answer is written: method, route template, status,
 * duration and request id. Never bodies, headers, tokens or passwords; unknown paths log as {@code NOT_FOUND}.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private final Metrics metrics;

    RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    void log(Context ctx, Float millis) {
        String method = ctx.method().name();
        String route = route(ctx);
        int status = ctx.statusCode();
        metrics.record(method, route, status, millis);
        LOG.info("{} {} {} {}ms request={}", method, route, status, Math.round(millis), RequestIds.of(ctx));
    }

    /** The template of the route that served the request, {@code NOT_FOUND} if none did. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? Metrics.NOT_FOUND : endpoint.path;
    }
}
