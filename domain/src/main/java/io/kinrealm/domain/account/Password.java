package io.kinrealm.domain.account;

import io.kinrealm.domain.shared.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A password as the player typed it: 10 to 72 bytes in UTF-8. Longer passwords are refused rather than cut, because
 * the hash only reads 72 bytes and a silently shortened password would surprise its owner. Never printed.
 */
public record Password(String value) {
    public static final int MIN_BYTES = 10;
    public static final int MAX_BYTES = 72;

    public Password {
        Objects.requireNonNull(value, "password");
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("invalid password");
        }
    }

    /** Why a text cannot be a password, if it cannot. */
    public static Optional<FieldProblem> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(new FieldProblem("password", "required", "A password is required."));
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of(new FieldProblem("password", "too_short",
                    "A password has at least " + MIN_BYTES + " bytes."));
        }
        if (bytes > MAX_BYTES) {
            return Optional.of(new FieldProblem("password", "too_long",
                    "A password has at most " + MAX_BYTES + " bytes in UTF-8; it is never shortened silently."));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
