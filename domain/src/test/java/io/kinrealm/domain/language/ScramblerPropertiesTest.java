package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScramblerPropertiesTest {
    private final Scrambler scrambler = Scrambler.defaults();

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("solic", "noctic", "terran", "sylvic", "ferric", "abyssal", "aetheric", "draconic",
                "umbric", "common", "orcish");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().withChars("éÉèüÜößñÑçÆøåİıſǅ").ofMinLength(1).ofMaxLength(16);
    }

    @Property
    void the_same_word_always_gives_the_same_foreign_word(@ForAll("languages") String language,
                                                          @ForAll("words") String word) {
        assertThat(scrambler.scramble(language, word)).isEqualTo(scrambler.scramble(language, word));
    }

    @Property
    void the_same_word_in_other_capitals_gives_the_same_foreign_word(@ForAll("languages") String language,
                                                                    @ForAll("words") String word) {
        String shouted = word.codePoints().map(Character::toUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Assume.that(shouted.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT)));

        assertThat(scrambler.scramble(language, shouted)).isEqualToIgnoringCase(scrambler.scramble(language, word));
    }

    @Property
    void the_foreign_word_keeps_the_length_and_the_capitals(@ForAll("languages") String language,
                                                           @ForAll("words") String word) {
        int[] original = word.codePoints().toArray();
        int[] foreign = scrambler.scramble(language, word).codePoints().toArray();

        assertThat(foreign).hasSameSizeAs(original);
        for (int i = 0; i < original.length; i++) {
            assertThat(Character.isUpperCase(foreign[i])).isEqualTo(Character.isUpperCase(original[i]));
        }
    }

    @Property
    void the_foreign_word_never_reveals_the_original(@ForAll("languages") String language,
                                                    @ForAll("words") String word) {
        String foreign = scrambler.scramble(language, word);

        assertThat(foreign).isNotEqualToIgnoringCase(word);
        assertThat(foreign.toLowerCase(Locale.ROOT)).isNotEqualTo(word.toLowerCase(Locale.ROOT));
    }

    @Property
    void the_foreign_word_is_made_of_the_sounds_of_its_tongue(@ForAll("languages") String language,
                                                             @ForAll("words") String word) {
        Phonology sound = scrambler.phonologyOf(language);
        String letters = sound.consonants() + sound.vowels();

        scrambler.scramble(language, word).toLowerCase(Locale.ROOT).codePoints()
                .forEach(letter -> assertThat(letters.codePoints().anyMatch(known -> known == letter)).isTrue());
    }
}
