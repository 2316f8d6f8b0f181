package io.kinrealm.adapters.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost Jetty handler: puts the security headers and the request id on every response before anything else
 * runs, so that no answer (a route's, an error, a 404, a failure before routing) leaves without them.
 */
final class EdgeHandler extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        decorate(request, response);
        return super.handle(request, response, callback);
    }

    /** Security headers, and the request id unless the response already has one. */
    static String decorate(Request request, Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.applyTo(headers::put);
        String id = headers.get(RequestIds.HEADER);
        if (id == null) {
            id = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
            headers.put(RequestIds.HEADER, id);
        }
        return id;
    }
}
