package io.kinrealm.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written OpenAPI 3.1 description of every route, served as it is from {@value #RESOURCE}. */
final class OpenApi {
    static final String RESOURCE = "/openapi.json";

    private final byte[] document;

    OpenApi() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Route route() {
        return Route.get("/openapi.json", ctx -> ctx.contentType(Json.APPLICATION_JSON).result(document));
    }
}
