package io.kinrealm.domain.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a text as comprehension sees it: a word (a run of letters, accented ones included, as
 * {@link Character#isLetter(int)} says) or a gap (a run of anything else: spaces, punctuation, digits, marks). Words
 * are judged and scrambled one by one; gaps always stay as written.
 */
public sealed interface TextToken {

    String text();

    /** A run of letters. */
    record Word(String text) implements TextToken {
        public Word {
            Objects.requireNonNull(text, "word");
        }
    }

    /** A run of non-letters, kept as written. */
    record Gap(String text) implements TextToken {
        public Gap {
            Objects.requireNonNull(text, "gap");
        }
    }

    /** Splits a text into alternating words and gaps; joining their texts gives the text back. */
    static List<TextToken> split(String text) {
        List<TextToken> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean word = Character.isLetter(text.codePointAt(start));
            int end = start;
            while (end < text.length() && Character.isLetter(text.codePointAt(end)) == word) {
                end += Character.charCount(text.codePointAt(end));
            }
            String piece = text.substring(start, end);
            tokens.add(word ? new Word(piece) : new Gap(piece));
            start = end;
        }
        return List.copyOf(tokens);
    }
}
