package io.kinrealm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.FieldProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PasswordTest {
    private static final String ACCENTED_72_BYTES = "é".repeat(36);
    private static final String RUNIC_72_BYTES = "ᚠ".repeat(24);
    private static final String EMOJI_72_BYTES = "\uD83D\uDC09".repeat(18);

    @Test
    void a_password_of_10_bytes_is_accepted_and_one_of_9_is_too_short() {
        assertThat(Password.problem("a".repeat(10))).isEmpty();
        assertThat(Password.problem("a".repeat(9))).map(FieldProblem::code).contains("too_short");
    }

    @Test
    void length_is_counted_in_bytes_so_five_accented_letters_are_enough() {
        assertThat(Password.problem("ééééé")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_password_is_required(String text) {
        assertThat(Password.problem(text)).map(FieldProblem::code).contains("required");
    }

    @Test
    void a_password_of_72_bytes_is_accepted_whatever_letters_make_it() {
        for (String text : new String[] {"a".repeat(72), ACCENTED_72_BYTES, RUNIC_72_BYTES, EMOJI_72_BYTES}) {
            assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(72);
            assertThat(Password.problem(text)).as(text).isEmpty();
        }
    }

    @Test
    void a_password_of_73_bytes_is_refused_as_too_long() {
        for (String text : new String[] {"a".repeat(73), ACCENTED_72_BYTES + "a", "a" + RUNIC_72_BYTES}) {
            assertThat(Password.problem(text)).as(text)
                    .hasValueSatisfying(problem -> {
                        assertThat(problem.field()).isEqualTo("password");
                        assertThat(problem.code()).isEqualTo("too_long");
                    });
        }
    }

    @Test
    void a_multi_byte_letter_that_crosses_72_bytes_makes_the_password_too_long() {
        String seventyOneThenAccent = "a".repeat(71) + "é";

        assertThat(Password.problem(seventyOneThenAccent)).map(FieldProblem::code).contains("too_long");
    }

    @Test
    void a_too_long_password_is_refused_rather_than_cut_short() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Password("a".repeat(73)));
    }

    @Test
    void a_password_keeps_every_one_of_its_72_bytes() {
        assertThat(new Password(ACCENTED_72_BYTES).value()).isEqualTo(ACCENTED_72_BYTES);
    }

    @Test
    void a_password_never_shows_itself_when_printed() {
        Password password = new Password("dragonfire-oath");

        assertThat(password.toString()).doesNotContain("dragonfire").doesNotContain("oath");
    }
}
