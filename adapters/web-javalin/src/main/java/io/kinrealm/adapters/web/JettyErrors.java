package io.kinrealm.adapters.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse, headers too large, a failure outside Javalin) as
 * problem+json with the security headers, instead of Jetty's HTML error page.
 */
final class JettyErrors extends ErrorHandler {
    private final Json json;

    JettyErrors(Json json) {
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException failure) {
            status = failure.getCode();
            response.setStatus(status);
        }
        String requestId = EdgeHandler.decorate(request, response);
        response.getHeaders().put("Cache-Control", "no-store");
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put("Content-Type", Problems.PROBLEM_JSON);
        byte[] body = json.bytes(Problems.body(problemFor(status), requestId, Map.of()));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static Problem problemFor(int status) {
        if (status == 413) {
            return Problems.payloadTooLarge();
        }
        if (status >= 500) {
            return Problem.of(status, "internal_error", "Something went wrong on our side.");
        }
        return Problem.of(status, "bad_request", "The request cannot be read: " + HttpStatus.getMessage(status) + ".");
    }
}
