package io.kinrealm.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.kinrealm.domain.shared.FieldProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON object body of a request, checked on the way in: a JSON content type (else 415), within the size limit
 * (else 413), well-formed and an object (else 400). Fields are read leniently (absent reads as null, for the core to
 * judge) but a field of the wrong type is collected as a problem, reported by {@link #validate()}.
 */
final class JsonBody {
    private final JsonNode object;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    static JsonBody read(Context ctx, Json json) {
        String contentType = ctx.header("Content-Type");
        if (contentType != null && !isJson(contentType)) {
            throw unsupported();
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ProblemException(Problem.invalidField("body", "required", "A JSON object body is required."));
        }
        if (contentType == null) {
            throw unsupported();
        }
        try {
            JsonNode tree = json.parse(bytes);
            if (!tree.isObject()) {
                throw new ProblemException(
                        Problem.invalidField("body", "not_an_object", "The body must be a JSON object."));
            }
            return new JsonBody(tree);
        } catch (IOException e) {
            throw new ProblemException(Problem.invalidField("body", "malformed_json", "The body is not valid JSON."));
        }
    }

    /** The text of a field: null when absent or null, collected as a problem when not a string. */
    String text(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new FieldProblem(field, "not_a_string", field + " must be a string."));
            return null;
        }
        return value.textValue();
    }

    /** The text of a field that must be present and not blank. */
    String requiredText(String field) {
        boolean present = object.has(field) && !object.get(field).isNull();
        String value = text(field);
        if (!present || (value != null && value.isBlank())) {
            problems.add(new FieldProblem(field, "required", field + " is required."));
        }
        return value;
    }

    /** Ends the request with a 400 naming every field read so far that was of the wrong type or missing. */
    void validate() {
        if (!problems.isEmpty()) {
            throw new ProblemException(new Problem(400, "validation_failed", "The request has invalid fields.",
                    problems, Map.of()));
        }
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals(Json.APPLICATION_JSON)
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static ProblemException unsupported() {
        return new ProblemException(Problem.of(415, "unsupported_media_type",
                "Send the body as application/json."));
    }
}
