package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordComprehensionTest {

    @Test
    void dragon_in_draconic_sits_in_bucket_21_so_it_is_understood_from_proficiency_22() {
        assertThat(WordComprehension.understands("draconic", "dragon", new Proficiency(21))).isFalse();
        assertThat(WordComprehension.understands("draconic", "dragon", new Proficiency(22))).isTrue();
    }

    @Test
    void case_does_not_matter_to_comprehension() {
        assertThat(WordComprehension.understands("draconic", "DRAGON", new Proficiency(22))).isTrue();
        assertThat(WordComprehension.understands("draconic", "Dragon", new Proficiency(21))).isFalse();
    }

    @Test
    void a_fluent_reader_understands_every_word_and_a_stranger_none() {
        assertThat(WordComprehension.understands("sylvic", "forest", Proficiency.FLUENT)).isTrue();
        assertThat(WordComprehension.understands("sylvic", "forest", new Proficiency(80))).isFalse();
        assertThat(WordComprehension.understands("common", "hello", Proficiency.NONE)).isFalse();
    }
}
