package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its log lines: the caller's {@code X-Request-Id} when it is 1-64 characters of
 * {@code [A-Za-z0-9._-]}, otherwise a fresh one. It is echoed on every response.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id if acceptable, else a new one. */
    static String accept(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The id already put on this response by {@link EdgeHandler}; a new one if, unexpectedly, there is none. */
    static String of(Context ctx) {
        String id = ctx.res().getHeader(HEADER);
        if (id == null) {
            id = accept(ctx.header(HEADER));
            ctx.header(HEADER, id);
        }
        return id;
    }
}
