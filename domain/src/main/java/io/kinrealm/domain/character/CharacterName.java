package io.kinrealm.domain.character;

import io.kinrealm.domain.shared.FieldProblem;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A character's name: 3 to 16 letters (any alphabet, with the marks that script puts on its letters; no digits,
 * spaces or signs), unique across the world ignoring case. Names are kept in Unicode NFC so that two spellings of the
 * same letters are the same name.
 */
public record CharacterName(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 16;
    private static final Pattern LETTERS = Pattern.compile("(?:\\p{L}\\p{M}*)+");
    /** No name of 16 letters, even with several marks on each, comes near this; longer text is not even parsed. */
    private static final int MAX_CHARS = MAX_LENGTH * 8;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    public CharacterName {
        Objects.requireNonNull(value, "name");
        value = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("invalid character name");
        }
    }

    /** Why a text cannot be a character name, if it cannot. */
    public static Optional<FieldProblem> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(new FieldProblem("name", "required", "A character needs a name."));
        }
        String name = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (name.length() > MAX_CHARS) {
            return Optional.of(lengthProblem());
        }
        if (!LETTERS.matcher(name).matches()) {
            return Optional.of(new FieldProblem("name", "letters_only", "A character's name has letters only."));
        }
        long length = LETTER.matcher(name).results().count();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(lengthProblem());
        }
        return Optional.empty();
    }

    private static FieldProblem lengthProblem() {
        return new FieldProblem("name", "length",
                "A character's name has " + MIN_LENGTH + " to " + MAX_LENGTH + " letters.");
    }

    /**
     * The case-insensitive key two equal names share. Upper-casing first folds letters whose lower case differs by
     * position or spelling ("Straße" and "STRASSE", final and medial sigma) to one key.
     */
    public String key() {
        return value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
