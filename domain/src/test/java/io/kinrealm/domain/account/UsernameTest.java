package io.kinrealm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mia", "mira.of-the_north", "9lives", "abcdefghijklmnopqrstuvwxyz012345"})
    void a_username_of_3_to_32_letters_digits_and_signs_is_accepted(String text) {
        assertThat(Username.problem(text)).isEmpty();
        assertThat(new Username(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mi", "abcdefghijklmnopqrstuvwxyz0123456"})
    void a_username_shorter_than_3_or_longer_than_32_is_refused_for_its_length(String text) {
        assertThat(Username.problem(text)).map(FieldProblem::code).contains("length");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_username_is_required(String text) {
        assertThat(Username.problem(text)).map(FieldProblem::code).contains("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mira kay", "élodie", "-mira", ".mira", "_mira", "mira!", "mira@home"})
    void a_username_with_other_signs_or_starting_with_a_sign_is_refused(String text) {
        assertThat(Username.problem(text))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.field()).isEqualTo("username");
                    assertThat(problem.code()).isEqualTo("characters");
                });
    }

    @Test
    void an_invalid_username_cannot_be_built() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username("no"));
    }

    @Test
    void two_usernames_that_differ_only_in_case_share_their_key() {
        assertThat(new Username("Mira").key()).isEqualTo(new Username("MIRA").key()).isEqualTo("mira");
    }

    @Test
    void a_username_keeps_the_case_its_owner_chose() {
        assertThat(new Username("MiRa").value()).isEqualTo("MiRa");
    }
}
