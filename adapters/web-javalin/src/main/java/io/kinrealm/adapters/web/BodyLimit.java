package io.kinrealm.adapters.web;

import io.javalin.http.Context;

/**
 * Refuses a request whose declared body is over the limit before anything reads it (413). Bodies without a declared
 * length are cut off at the same limit while being read (Javalin's maxRequestSize).
 */
final class BodyLimit {
    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void before(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new ProblemException(Problems.payloadTooLarge());
        }
    }
}
