package io.kinrealm.domain.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CharacterNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ida", "Aria", "Aurelianoviktora", "Élodie", "Ярослава", "Ἀθηνᾶ", "龍之介", "สมชาย"})
    void a_name_of_3_to_16_letters_in_any_alphabet_is_accepted(String text) {
        assertThat(CharacterName.problem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Al", "Aurelianoviktoras"})
    void a_name_shorter_than_3_or_longer_than_16_letters_is_refused_for_its_length(String text) {
        assertThat(CharacterName.problem(text)).map(FieldProblem::code).contains("length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aria7", "Aria Kay", "D'Arc", "Aria-Kay", "Aria!"})
    void a_name_with_digits_spaces_or_signs_is_refused(String text) {
        assertThat(CharacterName.problem(text)).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.code()).isEqualTo("letters_only");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_character_needs_a_name(String text) {
        assertThat(CharacterName.problem(text)).map(FieldProblem::code).contains("required");
    }

    @Test
    void an_accent_typed_as_a_separate_mark_gives_the_same_name() {
        CharacterName decomposed = new CharacterName("E\u0301lodie");

        assertThat(decomposed).isEqualTo(new CharacterName("\u00C9lodie"));
        assertThat(decomposed.value()).isEqualTo("Élodie");
    }

    @Test
    void letters_are_counted_after_combining_their_accents() {
        String sixteenAccentedLetters = "E\u0301".repeat(16);

        assertThat(CharacterName.problem(sixteenAccentedLetters)).isEmpty();
        assertThat(CharacterName.problem("E\u0301l")).map(FieldProblem::code).contains("length");
    }

    @Test
    void names_that_differ_only_in_case_share_their_key() {
        assertThat(new CharacterName("Élodie").key()).isEqualTo(new CharacterName("ÉLODIE").key());
        assertThat(new CharacterName("Aria").key()).isEqualTo(new CharacterName("aRIA").key());
    }

    @Test
    void a_name_keeps_the_case_its_player_chose() {
        assertThat(new CharacterName("McAria").value()).isEqualTo("McAria");
    }

    @Test
    void an_invalid_name_cannot_be_built() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CharacterName("R2D2"));
    }

    @Test
    void letters_that_change_spelling_with_case_still_share_one_key() {
        assertThat(new CharacterName("Straße").key()).isEqualTo(new CharacterName("STRASSE").key());
        assertThat(new CharacterName("Σοφίας").key()).isEqualTo(new CharacterName("ΣΟΦΊΑΣ").key());
    }

    @Test
    void scripts_that_mark_their_letters_are_names_too() {
        assertThat(CharacterName.problem("अर्जुन")).isEmpty();
        assertThat(CharacterName.problem("தமிழ்")).isEmpty();
    }

    @Test
    void a_mark_without_a_letter_to_carry_it_is_refused() {
        assertThat(CharacterName.problem("\u0301abc")).isPresent();
    }

    @Test
    void a_name_as_long_as_a_whole_request_is_refused_for_its_length() {
        assertThat(CharacterName.problem("a".repeat(60_000))).hasValueSatisfying(
                problem -> assertThat(problem.code()).isEqualTo("length"));
    }
}
