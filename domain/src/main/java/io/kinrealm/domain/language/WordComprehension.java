package io.kinrealm.domain.language;

/**
 * The comprehension rule of the rules sheet: a word is understood when
 * {@code stableHash(language, lowercase(word)) % 100 < proficiency}. Each word of a language thus has a fixed
 * difficulty bucket 0..99 (see {@link StableHash#bucket}); a reader understands exactly the words whose bucket lies
 * below its proficiency. Proficiency 100 understands every word, 0 none, and a word once understood stays
 * understood as the reader learns more.
 */
public final class WordComprehension {

    private WordComprehension() {
    }

    /** Whether a reader with this proficiency in the language understands the word (case does not matter). */
    public static boolean understands(String languageId, String word, Proficiency proficiency) {
        return StableHash.bucket(languageId, word) < proficiency.value();
    }
}
