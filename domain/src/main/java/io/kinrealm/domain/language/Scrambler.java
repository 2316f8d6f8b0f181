package io.kinrealm.domain.language;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a word a reader does not understand into a foreign word of the same tongue. The same language and the same
 * word (ignoring case) always give the same foreign word, on every node. The foreign word has exactly as many letters
 * as the original, an uppercase letter exactly where the original has one (so "Dragon" keeps its capital and "DRAGON"
 * stays all capitals), is spelled from the tongue's {@link Phonology} alternating consonants and vowels, and never
 * equals the original ignoring case, so it never gives the word away.
 *
 * <p>Recipe: the seed is {@link StableHash#of}(language, word); for letter {@code i} (0-based) the state is
 * {@code seed + (i + 1) * 0x9e3779b97f4a7c15} passed through the SplitMix64 finaliser; the first letter is a vowel when
 * the finalised seed is odd, then consonants and vowels alternate; a letter is the finalised state modulo the size of
 * its table (unsigned). Should the result equal the original ignoring case, its first letter moves on in its table
 * until it does not. Letters are uppercased where the original has an uppercase letter.
 */
public final class Scrambler {
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private final Map<String, Phonology> tongues;
    private final Phonology fallback;

    /** A scrambler with a sound per language id and one for every other language (Common included). */
    public Scrambler(Map<String, Phonology> tongues, Phonology fallback) {
        this.tongues = Map.copyOf(tongues);
        this.fallback = Objects.requireNonNull(fallback, "fallback phonology");
    }

    /** The sounds of the nine racial tongues of the default catalog. */
    public static Scrambler defaults() {
        return new Scrambler(Map.of(
                "solic", new Phonology("slrnthv", "aeio"),
                "noctic", new Phonology("nmvshlq", "oua"),
                "terran", new Phonology("tdbgmnr", "aeou"),
                "sylvic", new Phonology("lnmrvsh", "aeiouy"),
                "ferric", new Phonology("fkrtzgb", "aeu"),
                "abyssal", new Phonology("bglmqsv", "ouy"),
                "aetheric", new Phonology("thlsfvr", "aeiy"),
                "draconic", new Phonology("krgzthdx", "aou"),
                "umbric", new Phonology("mnvshgr", "uoa")),
                new Phonology("bcdfghklmnprstvz", "aeiou"));
    }

    /** The sound of a language: its own table, or the fallback. */
    public Phonology phonologyOf(String languageId) {
        return tongues.getOrDefault(languageId, fallback);
    }

    /** The foreign word standing for {@code word} (a run of letters) in the language. */
    public String scramble(String languageId, String word) {
        int[] original = word.codePoints().toArray();
        if (original.length == 0) {
            throw new IllegalArgumentException("only a word of at least one letter can be scrambled");
        }
        Phonology sound = phonologyOf(languageId);
        int[][] tables = {sound.consonantLetters(), sound.vowelLetters()};
        long seed = StableHash.of(languageId, word);
        int[] foreign = new int[original.length];
        int table = (int) (mix(seed) & 1);
        for (int i = 0; i < original.length; i++) {
            int[] letters = tables[table];
            foreign[i] = letters[(int) Long.remainderUnsigned(mix(seed + (i + 1) * GOLDEN), letters.length)];
            table = 1 - table;
        }
        return unrevealing(original, foreign, tables[(int) (mix(seed) & 1)]);
    }

    private static String unrevealing(int[] original, int[] foreign, int[] firstTable) {
        String word = new String(original, 0, original.length);
        String candidate = cased(original, foreign);
        for (int step = 0; sameIgnoringCase(candidate, word); step++) {
            if (step >= firstTable.length) {
                throw new IllegalStateException("no letter of the tongue hides the word " + word);
            }
            foreign[0] = firstTable[(indexOf(firstTable, foreign[0]) + 1) % firstTable.length];
            candidate = cased(original, foreign);
        }
        return candidate;
    }

    private static String cased(int[] original, int[] foreign) {
        int[] result = new int[foreign.length];
        for (int i = 0; i < foreign.length; i++) {
            result[i] = Character.isUpperCase(original[i]) ? Character.toUpperCase(foreign[i]) : foreign[i];
        }
        return new String(result, 0, result.length);
    }

    private static boolean sameIgnoringCase(String a, String b) {
        return a.equalsIgnoreCase(b) || a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static int indexOf(int[] letters, int letter) {
        for (int i = 0; i < letters.length; i++) {
            if (letters[i] == letter) {
                return i;
            }
        }
        return 0;
    }

    /** The SplitMix64 finaliser: spreads every bit of the input over the whole output. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
