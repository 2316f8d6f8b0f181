package io.kinrealm.domain.chat;

import io.kinrealm.domain.shared.FieldProblem;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a chat message after normalisation: control and zero-width characters removed (line breaks and tabs
 * become spaces), then Unicode NFC, then white space of every kind trimmed at both ends; 1 to 500 characters (code
 * points) remain.
 */
public record MessageText(String value) {
    public static final int MAX_LENGTH = 500;
    /** Longer raw text is refused before it is even normalised. */
    private static final int MAX_RAW = MAX_LENGTH * 8;

    public MessageText {
        Objects.requireNonNull(value, "text");
        if (!normalise(value).equals(value) || problem(value).isPresent()) {
            throw new IllegalArgumentException("not a normalised message text");
        }
    }

    /** Normalises raw text and checks its length; a field problem when it is empty or too long. */
    public static Optional<FieldProblem> problem(String raw) {
        if (raw == null) {
            return Optional.of(new FieldProblem("text", "required", "A message needs text."));
        }
        if (raw.length() > MAX_RAW) {
            return Optional.of(tooLong());
        }
        String text = normalise(raw);
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            return Optional.of(new FieldProblem("text", "empty", "A message needs visible text."));
        }
        return length > MAX_LENGTH ? Optional.of(tooLong()) : Optional.empty();
    }

    /** The normalised text of raw input that has no {@link #problem}. */
    public static MessageText of(String raw) {
        return new MessageText(normalise(raw));
    }

    static String normalise(String raw) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                kept.append(' ');
            } else if (!isInvisible(cp)) {
                kept.appendCodePoint(cp);
            }
        });
        return trimSpaces(Normalizer.normalize(kept, Normalizer.Form.NFC));
    }

    /** Strips leading and trailing white space of every kind, the no-break spaces included. */
    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        boolean zeroWidth = cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || cp == 0x180E;
        return type == Character.CONTROL || type == Character.FORMAT || zeroWidth;
    }

    private static FieldProblem tooLong() {
        return new FieldProblem("text", "too_long", "A message has at most " + MAX_LENGTH + " characters.");
    }
}
