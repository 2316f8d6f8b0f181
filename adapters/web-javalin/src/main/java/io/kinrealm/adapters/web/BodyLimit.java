package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request whose declared body is over the limit before anything parses it (413). Bodies without a declared
 * length are cut off at the same limit while being read (Javalin's maxRequestSize).
 *
 * <p>A body up to {@link #DRAINED_FACTOR} times the limit is read and thrown away before the refusal: closing a
 * connection with unread bytes makes the kernel answer with a reset, which can reach the client before the 413 and
 * leave it with a broken connection instead of the problem. Anything larger is refused without reading it.
 */
final class BodyLimit {
    static final int DRAINED_FACTOR = 4;

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void before(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= maxBytes * DRAINED_FACTOR) {
                drain(ctx, declared);
            }
            throw new ProblemException(Problems.payloadTooLarge());
        }
    }

    private static void drain(Context ctx, long declared) {
        try (InputStream body = ctx.req().getInputStream()) {
            byte[] sink = new byte[8192];
            long left = declared;
            int read;
            while (left > 0 && (read = body.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away while sending; the refusal is all that is left to say
        }
    }
}
