package io.kinrealm.domain.civilization;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tongue spoken in the cosmos. Its id is stable; its name is the designers' to choose.
 *
 * @param id   stable lowercase id, e.g. {@code draconic}
 * @param name display name, e.g. {@code Draconic}
 */
public record Language(String id, String name) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    /** Every character speaks Common. */
    public static final Language COMMON = new Language("common", "Common");

    public Language {
        Objects.requireNonNull(id, "language id");
        Objects.requireNonNull(name, "language name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("language id must be lowercase letters, digits or _: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("language name must not be blank");
        }
    }
}
