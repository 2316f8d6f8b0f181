package io.kinrealm.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTextTest {
    private static final String DRAGON = "\uD83D\uDC09";
    private static final String ZWJ = "\u200D";

    @Test
    void an_accent_typed_as_a_separate_mark_is_joined_to_its_letter() {
        assertThat(MessageText.of("Cafe\u0301 au lait").value()).isEqualTo("Caf\u00E9 au lait");
    }

    static Stream<Arguments> invisibles() {
        return Stream.of(
                Arguments.of("Hi\u200Bthere", "Hithere"),
                Arguments.of("\uFEFFHello", "Hello"),
                Arguments.of("Hi\u2060you", "Hiyou"),
                Arguments.of("left\u202Eright", "leftright"),
                Arguments.of("bell\u0007 and\u0000 nul", "bell and nul"),
                Arguments.of("line one\nline two", "line one line two"),
                Arguments.of("a\r\nb", "a  b"),
                Arguments.of("tab\there", "tab here"),
                Arguments.of("  padded \n", "padded"));
    }

    @ParameterizedTest
    @MethodSource("invisibles")
    void invisible_and_control_characters_are_removed_and_line_breaks_become_spaces(String raw, String expected) {
        assertThat(problemOf(raw)).isEmpty();
        assertThat(MessageText.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t", "\u200B\u200D\uFEFF", "\u0000\u0001", " \u2060 "})
    void a_message_with_nothing_visible_is_refused_as_empty(String raw) {
        assertThat(problemOf(raw)).hasValue(problem("empty"));
    }

    @Test
    void a_message_needs_text() {
        assertThat(problemOf(null)).hasValue(problem("required"));
    }

    @Test
    void a_message_has_at_most_500_characters() {
        assertThat(problemOf("a".repeat(500))).isEmpty();
        assertThat(problemOf("a".repeat(501))).hasValue(problem("too_long"));
    }

    @Test
    void characters_are_counted_after_normalisation() {
        String accentedByMarks = "e\u0301".repeat(500);
        String paddedWithInvisibles = "a".repeat(500) + "\u200B".repeat(300) + "   ";

        assertThat(problemOf(accentedByMarks)).isEmpty();
        assertThat(MessageText.of(accentedByMarks).value()).isEqualTo("\u00E9".repeat(500));
        assertThat(problemOf(paddedWithInvisibles)).isEmpty();
    }

    @Test
    void an_emoji_counts_as_one_character() {
        assertThat(problemOf(DRAGON.repeat(500))).isEmpty();
        assertThat(MessageText.of(DRAGON.repeat(500)).value()).isEqualTo(DRAGON.repeat(500));
        assertThat(problemOf(DRAGON.repeat(501))).hasValue(problem("too_long"));
    }

    @Test
    void joined_emoji_lose_their_joiners_like_every_zero_width_character() {
        String family = "\uD83D\uDC68" + ZWJ + "\uD83D\uDC69" + ZWJ + "\uD83D\uDC67";

        assertThat(MessageText.of(family).value()).isEqualTo("\uD83D\uDC68\uD83D\uDC69\uD83D\uDC67");
    }

    @Test
    void overlong_raw_text_is_refused_before_it_is_normalised() {
        String invisibles = "\u200B".repeat(4001);

        assertThat(problemOf("a" + "\u200B".repeat(3999))).isEmpty();
        assertThat(problemOf(invisibles)).hasValue(problem("too_long"));
        assertThat(problemOf("a" + " ".repeat(4000))).hasValue(problem("too_long"));
    }

    @Test
    void a_message_text_can_only_hold_normalised_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageText("Cafe\u0301"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageText(" padded"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageText("a".repeat(501)));
        assertThat(new MessageText("Caf\u00E9").value()).isEqualTo("Caf\u00E9");
    }

    @Test
    void a_mark_separated_from_its_letter_by_an_invisible_character_is_joined_to_it() {
        String raw = "Cafe\u200B\u0301";

        assertThat(problemOf(raw)).isEmpty();
        assertThat(MessageText.of(raw).value()).isEqualTo("Caf\u00E9");
    }

    /** The problem as the client sees it: the text field with a code. */
    private static String problem(String code) {
        return "text/" + code;
    }

    private static Optional<String> problemOf(String raw) {
        return MessageText.problem(raw).map(found -> found.field() + "/" + found.code());
    }

    @Test
    void a_message_of_no_break_spaces_only_has_no_visible_text() {
        assertThat(MessageText.problem("\u00A0\u2007\u202F")).hasValueSatisfying(
                problem -> assertThat(problem.code()).isEqualTo("empty"));
        assertThat(MessageText.of("\u00A0hail\u202F").value()).isEqualTo("hail");
    }
}
