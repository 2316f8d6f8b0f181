package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScramblerTest {
    private final Scrambler scrambler = Scrambler.defaults();

    @Test
    void the_recipe_is_pinned_so_that_other_implementations_can_check_theirs() {
        assertThat(scrambler.scramble("draconic", "Welcome")).isEqualTo("Dogarog");
        assertThat(scrambler.scramble("sylvic", "Forest")).isEqualTo("Lyvila");
        assertThat(scrambler.scramble("noctic", "REMEMBERS")).isEqualTo("LONALAVAQ");
    }

    @Test
    void a_draconic_word_is_spelled_only_with_draconic_sounds() {
        String foreign = scrambler.scramble("draconic", "treasure");

        assertThat(foreign).hasSize(8).matches("[krgzthdxaou]+");
    }

    @Test
    void a_sylvic_word_sounds_different_from_the_same_word_in_draconic() {
        String sylvic = scrambler.scramble("sylvic", "treasure");
        String draconic = scrambler.scramble("draconic", "treasure");

        assertThat(sylvic).matches("[lnmrvshaeiouy]+").isNotEqualTo(draconic);
    }

    @Test
    void the_foreign_word_keeps_the_capitals_of_the_original() {
        assertThat(scrambler.scramble("draconic", "Dragon")).matches("[A-Z][a-z]{5}");
        assertThat(scrambler.scramble("draconic", "DRAGON")).matches("[A-Z]{6}");
        assertThat(scrambler.scramble("draconic", "dragon")).matches("[a-z]{6}");
    }

    @Test
    void the_same_word_in_another_case_gives_the_same_foreign_word() {
        assertThat(scrambler.scramble("draconic", "DRAGON"))
                .isEqualToIgnoringCase(scrambler.scramble("draconic", "dragon"));
    }

    @Test
    void common_and_unknown_tongues_use_the_fallback_sounds() {
        assertThat(scrambler.phonologyOf("common")).isEqualTo(scrambler.phonologyOf("orcish"));
        assertThat(scrambler.scramble("common", "hello")).matches("[bcdfghklmnprstvzaeiou]{5}");
    }

    @Test
    void a_single_letter_word_is_never_left_as_it_was_even_with_a_tiny_tongue() {
        Scrambler tiny = new Scrambler(Map.of(), new Phonology("ab", "ab"));

        for (String letter : new String[] {"a", "b", "A", "B"}) {
            assertThat(tiny.scramble("tiny", letter)).isNotEqualToIgnoringCase(letter).hasSize(1);
        }
    }

    @Test
    void designers_must_give_a_tongue_at_least_two_lowercase_letters_of_each_kind() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Phonology("k", "ao"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Phonology("kr", "aa"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Phonology("kR", "ao"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Phonology("k1", "ao"));
    }

    @Test
    void an_empty_word_cannot_be_scrambled() {
        assertThatIllegalArgumentException().isThrownBy(() -> scrambler.scramble("draconic", ""));
    }
}
