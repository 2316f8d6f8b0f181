package io.kinrealm.domain.account;

import io.kinrealm.domain.shared.FieldProblem;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a player logs in with: 3 to 32 characters of ASCII letters, digits, '.', '_' or '-', starting with a
 * letter or digit. Usernames are unique ignoring case, so {@link #key()} is what uniqueness is decided on.
 */
public record Username(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public Username {
        Objects.requireNonNull(value, "username");
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("invalid username");
        }
    }

    /** Why a text cannot be a username, if it cannot. */
    public static Optional<FieldProblem> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(new FieldProblem("username", "required", "A username is required."));
        }
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return Optional.of(new FieldProblem("username", "length",
                    "A username has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters."));
        }
        if (!SHAPE.matcher(text).matches()) {
            return Optional.of(new FieldProblem("username", "characters",
                    "A username uses letters, digits, '.', '_' or '-' and starts with a letter or digit."));
        }
        return Optional.empty();
    }

    /** The case-insensitive key that two equal usernames share. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
