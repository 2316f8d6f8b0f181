package io.kinrealm.adapters.web;

import io.kinrealm.domain.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a client is told when a request fails: an HTTP status, a stable snake_case code, a human detail, the offending
 * fields if any, and the headers that go with it (Retry-After, WWW-Authenticate, Allow).
 */
record Problem(int status, String code, String detail, List<FieldProblem> fields, Map<String, String> headers) {
    static final String TYPE_BASE = "https://kinrealm.io/problems/";

    Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        fields = List.copyOf(fields);
        headers = Map.copyOf(headers);
    }

    static Problem of(int status, String code, String detail) {
        return new Problem(status, code, detail, List.of(), Map.of());
    }

    /** A 400 validation_failed naming one field. */
    static Problem invalidField(String field, String fieldCode, String message) {
        return new Problem(400, "validation_failed", "The request has invalid fields.",
                List.of(new FieldProblem(field, fieldCode, message)), Map.of());
    }

    Problem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(status, code, detail, fields, more);
    }

    /** The stable URI naming this kind of problem. */
    String type() {
        return TYPE_BASE + code;
    }

    /** A short human title derived from the code: {@code rate_limited} reads "Rate limited". */
    String title() {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
