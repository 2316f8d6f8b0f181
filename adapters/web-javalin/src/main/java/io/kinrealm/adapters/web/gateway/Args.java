package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.domain.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a request's {@code d}, read with their types checked. Problems are collected so that one
 * validation_failed reply names every wrong field; {@link #validate()} raises it.
 */
final class Args {
    private final JsonNode d;
    private final List<FieldProblem> problems = new ArrayList<>();

    Args(JsonNode d) {
        this.d = d;
    }

    /** A required string. */
    String text(String name) {
        JsonNode value = d.get(name);
        if (value == null || value.isNull()) {
            problems.add(new FieldProblem(name, "required", name + " is required."));
            return null;
        }
        return textOf(name, value);
    }

    /** An optional string; null when absent. */
    String optionalText(String name) {
        JsonNode value = d.get(name);
        return value == null || value.isNull() ? null : textOf(name, value);
    }

    /** An optional non-negative integer; {@code fallback} when absent. */
    long optionalCount(String name, long fallback) {
        JsonNode value = d.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            problems.add(new FieldProblem(name, "type", name + " is a non-negative integer."));
            return fallback;
        }
        return value.asLong();
    }

    /** A required number, integral or not. */
    Double number(String name) {
        JsonNode value = d.get(name);
        if (value == null || value.isNull()) {
            problems.add(new FieldProblem(name, "required", name + " is required."));
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new FieldProblem(name, "type", name + " is a number."));
            return null;
        }
        return value.asDouble();
    }

    /** A required JSON object. */
    JsonNode object(String name) {
        JsonNode value = d.get(name);
        if (value == null || !value.isObject()) {
            problems.add(new FieldProblem(name, value == null ? "required" : "type", name + " is a JSON object."));
            return null;
        }
        return value;
    }

    void problem(FieldProblem problem) {
        problems.add(problem);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** Ends the operation with validation_failed when a field was missing or of the wrong type. */
    void validate() {
        if (!problems.isEmpty()) {
            throw OpRefused.invalid(problems);
        }
    }

    private String textOf(String name, JsonNode value) {
        if (!value.isTextual()) {
            problems.add(new FieldProblem(name, "type", name + " is a string."));
            return null;
        }
        return value.asText();
    }
}
