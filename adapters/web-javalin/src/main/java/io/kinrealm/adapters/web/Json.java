package io.kinrealm.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * JSON of the REST adapter: views of the core written as they are (Instants as ISO-8601 strings), request bodies
 * read strictly (no trailing tokens, no duplicate keys).
 */
final class Json {
    static final String APPLICATION_JSON = "application/json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The mapper itself, for the WebSocket gateway's frames. */
    ObjectMapper mapper() {
        return mapper;
    }

    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Parses a request body; empty input gives a missing node. */
    JsonNode parse(byte[] body) throws IOException {
        return mapper.readTree(body);
    }

    /** Answers with a JSON body. */
    void respond(Context ctx, int status, Object body) {
        ctx.status(status).contentType(APPLICATION_JSON).result(bytes(body));
    }
}
