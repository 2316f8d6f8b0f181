package io.kinrealm.domain.language;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The hash behind word comprehension and the scrambler. It must give the same number on every JVM, every version and
 * in any other implementation (a client, a bot), so it is specified here byte for byte and never relies on
 * {@link String#hashCode()}.
 *
 * <p>Definition: let {@code key} be the UTF-8 bytes of {@code languageId}, one NUL byte (U+0000) and
 * {@code word.toLowerCase(Locale.ROOT)}.
 * The hash is 64-bit FNV-1a over {@code key}: start with the offset basis {@code 0xcbf29ce484222325}; for each byte
 * {@code b} (as an unsigned value 0..255) do {@code hash = (hash XOR b) * 0x100000001b3}, with multiplication modulo
 * 2^64. The word's bucket is that hash read as an unsigned 64-bit integer, modulo 100.
 *
 * <p>Example (pinned in the tests): language {@code draconic}, word {@code Dragon} gives the key
 * {@code draconic}, NUL, {@code dragon}, the hash {@code 0xe4eaa30cdbf5d18d} and the bucket 21; so a reader understands
 * it in Draconic from proficiency 22 on.
 */
public final class StableHash {
    static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private StableHash() {
    }

    /** The 64-bit FNV-1a hash of a word (ignoring case) in a language, as defined above. */
    public static long of(String languageId, String word) {
        String key = languageId + '\0' + word.toLowerCase(Locale.ROOT);
        long hash = OFFSET_BASIS;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }

    /** The word's bucket, 0..99: the unsigned hash modulo 100. */
    public static int bucket(String languageId, String word) {
        return (int) Long.remainderUnsigned(of(languageId, word), 100);
    }
}
