package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.language.TextToken.Gap;
import io.kinrealm.domain.language.TextToken.Word;
import org.junit.jupiter.api.Test;

class TextTokenTest {

    @Test
    void a_text_splits_into_words_and_what_lies_between_them() {
        assertThat(TextToken.split("Hail, Aria! 3 dragons..."))
                .containsExactly(new Word("Hail"), new Gap(", "), new Word("Aria"), new Gap("! 3 "),
                        new Word("dragons"), new Gap("..."));
    }

    @Test
    void accented_letters_belong_to_their_word() {
        assertThat(TextToken.split("Élan vîtal")).containsExactly(new Word("Élan"), new Gap(" "), new Word("vîtal"));
    }

    @Test
    void an_apostrophe_or_a_digit_splits_a_word() {
        assertThat(TextToken.split("d'r4g")).containsExactly(new Word("d"), new Gap("'"), new Word("r"),
                new Gap("4"), new Word("g"));
    }

    @Test
    void an_empty_text_has_no_tokens() {
        assertThat(TextToken.split("")).isEmpty();
    }
}
