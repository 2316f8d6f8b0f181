package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextRendererPropertiesTest {
    private final TextRenderer renderer = TextRenderer.defaults();

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("solic", "noctic", "terran", "sylvic", "ferric", "abyssal", "aetheric", "draconic",
                "umbric");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().alpha().numeric().withChars(" ,.;:!?'\"-()éÉüßñ\n").ofMaxLength(80);
    }

    private static ComprehensionProfile profile(String language, int proficiency) {
        return new ComprehensionProfile(language, new Proficiency(proficiency), false);
    }

    @Property
    void a_fluent_reader_reads_every_text_unchanged(@ForAll("languages") String language,
                                                   @ForAll("texts") String text) {
        assertThat(renderer.render(text, profile(language, 100))).isEqualTo(new Rendering(text, false, true));
    }

    @Property
    void a_reader_who_knows_nothing_reads_every_word_as_a_foreign_word(@ForAll("languages") String language,
                                                                      @ForAll("texts") String text) {
        List<TextToken> written = TextToken.split(text);
        Rendering rendering = renderer.render(text, profile(language, 0));
        List<TextToken> shown = TextToken.split(rendering.text());

        assertThat(shown).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i) instanceof TextToken.Word) {
                assertThat(shown.get(i).text()).isNotEqualToIgnoringCase(written.get(i).text());
            }
        }
        assertThat(rendering.fullyUnderstood()).isEqualTo(written.stream().noneMatch(TextToken.Word.class::isInstance));
    }

    @Property
    void spaces_punctuation_and_digits_stay_in_place_and_the_length_is_kept(
            @ForAll("languages") String language, @ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 100) int proficiency) {
        int[] written = text.codePoints().toArray();
        int[] shown = renderer.render(text, profile(language, proficiency)).text().codePoints().toArray();

        assertThat(shown).hasSameSizeAs(written);
        for (int i = 0; i < written.length; i++) {
            if (Character.isLetter(written[i])) {
                assertThat(Character.isUpperCase(shown[i])).isEqualTo(Character.isUpperCase(written[i]));
            } else {
                assertThat(shown[i]).isEqualTo(written[i]);
            }
        }
    }

    @Property
    void a_word_once_understood_stays_understood_as_the_reader_learns_more(
            @ForAll("languages") String language, @ForAll("texts") String word,
            @ForAll @IntRange(min = 0, max = 100) int low, @ForAll @IntRange(min = 0, max = 100) int high) {
        Proficiency lesser = new Proficiency(Math.min(low, high));
        Proficiency greater = new Proficiency(Math.max(low, high));

        if (WordComprehension.understands(language, word, lesser)) {
            assertThat(WordComprehension.understands(language, word, greater)).isTrue();
        }
    }

    @Property
    void the_rendering_is_fully_understood_exactly_when_no_word_was_scrambled(
            @ForAll("languages") String language, @ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 100) int proficiency) {
        Rendering rendering = renderer.render(text, profile(language, proficiency));
        boolean everyWord = TextToken.split(text).stream().filter(TextToken.Word.class::isInstance)
                .allMatch(w -> WordComprehension.understands(language, w.text(), new Proficiency(proficiency)));

        assertThat(rendering.fullyUnderstood()).isEqualTo(everyWord);
        assertThat(rendering.text().equals(text)).isEqualTo(everyWord);
    }
}
