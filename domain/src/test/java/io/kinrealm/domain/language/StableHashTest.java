package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StableHashTest {

    @ParameterizedTest(name = "{1} in {0} hashes to {2} and falls in bucket {3}")
    @CsvSource({
        "draconic, dragon, e4eaa30cdbf5d18d, 21",
        "sylvic, forest, 44ba13e56ee83f30, 80",
        "common, hello, 09d36d158febd29c, 4"
    })
    void the_hash_is_pinned_so_that_any_change_of_it_is_caught(String language, String word, String hex, int bucket) {
        assertThat(StableHash.of(language, word)).isEqualTo(Long.parseUnsignedLong(hex, 16));
        assertThat(StableHash.bucket(language, word)).isEqualTo(bucket);
    }

    @Test
    void the_hash_of_nothing_is_the_fnv_offset_basis_folded_with_the_separator() {
        long expected = (StableHash.OFFSET_BASIS ^ 0) * StableHash.PRIME;

        assertThat(StableHash.of("", "")).isEqualTo(expected);
    }

    @Test
    void case_does_not_change_the_hash() {
        assertThat(StableHash.of("draconic", "DRAGON")).isEqualTo(StableHash.of("draconic", "dragon"));
        assertThat(StableHash.of("sylvic", "Élan")).isEqualTo(StableHash.of("sylvic", "élan"));
    }

    @Test
    void the_same_word_hashes_differently_in_two_languages() {
        assertThat(StableHash.of("draconic", "dragon")).isNotEqualTo(StableHash.of("sylvic", "dragon"));
    }

    @Test
    void the_separator_keeps_language_and_word_apart() {
        assertThat(StableHash.of("ab", "c")).isNotEqualTo(StableHash.of("a", "bc"));
    }

    @Test
    void accented_words_hash_over_their_utf8_bytes() {
        long expected = StableHash.OFFSET_BASIS;
        for (byte b : "sylvic\0\u00e9".getBytes(StandardCharsets.UTF_8)) {
            expected = (expected ^ (b & 0xff)) * StableHash.PRIME;
        }

        assertThat(StableHash.of("sylvic", "É")).isEqualTo(expected);
    }
}
