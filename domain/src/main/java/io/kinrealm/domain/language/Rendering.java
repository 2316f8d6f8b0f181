package io.kinrealm.domain.language;

import java.util.Objects;

/**
 * A text as one comprehension profile reads it.
 *
 * @param text            the text shown: understood words as written, the others as foreign words
 * @param translated      Iril translated it, and the client marks it so
 * @param fullyUnderstood every word reads as written
 */
public record Rendering(String text, boolean translated, boolean fullyUnderstood) {

    public Rendering {
        Objects.requireNonNull(text, "text");
    }
}
