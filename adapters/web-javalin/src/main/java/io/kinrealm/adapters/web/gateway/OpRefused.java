package io.kinrealm.adapters.web.gateway;

import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;

/** Ends an operation with an error reply: a protocol error code, a human message and, for validation, the fields. */
final class OpRefused extends RuntimeException {
    private final String code;
    private final List<FieldProblem> fields;

    OpRefused(String code, String message, List<FieldProblem> fields) {
        super(message, null, false, false);
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    OpRefused(String code, String message) {
        this(code, message, List.of());
    }

    /** A refusal of the core: its reason's code, its detail, and its fields when it failed validation. */
    static OpRefused of(Outcome.Rejected<?> rejected) {
        return new OpRefused(rejected.reason().code(), rejected.detail(), rejected.fields());
    }

    static OpRefused invalid(List<FieldProblem> fields) {
        return new OpRefused("validation_failed", "The request has invalid fields.", fields);
    }

    static OpRefused notInChannel(String channel) {
        return new OpRefused("not_in_channel", "Join " + channel + " first.");
    }

    /** The value of a done outcome; a refused one ends the operation with its error reply. */
    static <T> T valueOf(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Rejected<T> rejected -> throw of(rejected);
        };
    }

    String code() {
        return code;
    }

    List<FieldProblem> fields() {
        return fields;
    }
}
