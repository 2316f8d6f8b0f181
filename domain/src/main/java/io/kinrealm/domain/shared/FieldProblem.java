package io.kinrealm.domain.shared;

import java.util.Objects;

/**
 * What is wrong with one field of a request, in words a player understands.
 *
 * @param field   the field's name as the client sent it, e.g. {@code username}
 * @param code    a stable snake_case code, e.g. {@code too_short}
 * @param message a human sentence
 */
public record FieldProblem(String field, String code, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
