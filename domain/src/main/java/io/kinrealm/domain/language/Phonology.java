package io.kinrealm.domain.language;

import java.util.Objects;

/**
 * The sound of a tongue as the scrambler writes it: the consonants and vowels its foreign words are made of. Designers
 * may change the tables; Draconic grinds hard consonants, Sylvic flows with soft ones and many vowels.
 *
 * @param consonants at least two distinct lowercase letters
 * @param vowels     at least two distinct lowercase letters
 */
public record Phonology(String consonants, String vowels) {

    public Phonology {
        check(consonants, "consonants");
        check(vowels, "vowels");
    }

    private static void check(String letters, String what) {
        Objects.requireNonNull(letters, what);
        if (letters.codePoints().distinct().count() < 2) {
            throw new IllegalArgumentException(what + " need at least two distinct letters: " + letters);
        }
        letters.codePoints().forEach(letter -> {
            if (!Character.isLowerCase(letter) || !Character.isUpperCase(Character.toUpperCase(letter))) {
                throw new IllegalArgumentException(what + " must be lowercase letters with an uppercase form: "
                        + letters);
            }
        });
    }

    int[] consonantLetters() {
        return consonants.codePoints().toArray();
    }

    int[] vowelLetters() {
        return vowels.codePoints().toArray();
    }
}
