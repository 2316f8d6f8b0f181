package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final CharacterId ARIA = new CharacterId(new UUID(2, 1));
    private static final String SYLVAN_GREETING = "Welcome, traveller: the forest remembers you.";

    private final TextRenderer renderer = TextRenderer.defaults();

    @Test
    void a_drakari_who_never_learned_sylvic_reads_only_foreign_words() {
        Rendering rendering = renderer.render(SYLVAN_GREETING, "sylvic", reader(Map.of(), false));

        assertThat(rendering.fullyUnderstood()).isFalse();
        assertThat(rendering.translated()).isFalse();
        assertThat(rendering.text()).hasSize(SYLVAN_GREETING.length())
                .matches("[A-Z][a-z]{6}, [a-z]{9}: [a-z]{3} [a-z]{6} [a-z]{9} [a-z]{3}\\.")
                .doesNotContain("forest", "the", "you");
    }

    @Test
    void a_fluent_reader_sees_the_text_as_written() {
        Rendering rendering = renderer.render(SYLVAN_GREETING, "sylvic",
                reader(Map.of("sylvic", Proficiency.FLUENT), false));

        assertThat(rendering).isEqualTo(new Rendering(SYLVAN_GREETING, false, true));
    }

    @Test
    void a_reader_close_to_iril_reads_every_racial_tongue_and_the_text_is_marked_as_translated() {
        Rendering rendering = renderer.render(SYLVAN_GREETING, "sylvic", reader(Map.of(), true));

        assertThat(rendering).isEqualTo(new Rendering(SYLVAN_GREETING, true, true));
    }

    @Test
    void common_is_understood_by_everyone_and_never_marked_as_translated() {
        Rendering rendering = renderer.render("Hello there!", "common", reader(Map.of(), true));

        assertThat(rendering).isEqualTo(new Rendering("Hello there!", false, true));
    }

    @Test
    void a_learner_reads_the_words_whose_bucket_lies_below_the_proficiency() {
        // "forest" sits in bucket 80 of Sylvic: understood at 81, foreign at 80.
        ReaderProfile at80 = reader(Map.of("sylvic", new Proficiency(80)), false);
        ReaderProfile at81 = reader(Map.of("sylvic", new Proficiency(81)), false);

        assertThat(renderer.render("forest", "sylvic", at80).text()).isNotEqualTo("forest");
        assertThat(renderer.render("forest", "sylvic", at81)).isEqualTo(new Rendering("forest", false, true));
    }

    @Test
    void readers_of_the_same_profile_read_the_same_text() {
        ReaderProfile one = reader(Map.of("sylvic", new Proficiency(40)), false);
        ReaderProfile other = new ReaderProfile(Tongues.atBirth(new CharacterId(new UUID(2, 2)),
                new Language("ferric", "Ferric")).learn(new Language("sylvic", "Sylvic"), 40,
                Instant.EPOCH).tongues(), false);

        assertThat(one.profileFor("sylvic")).isEqualTo(other.profileFor("sylvic"));
        assertThat(renderer.render(SYLVAN_GREETING, "sylvic", one))
                .isEqualTo(renderer.render(SYLVAN_GREETING, other.profileFor("sylvic")));
    }

    private static ReaderProfile reader(Map<String, Proficiency> learned, boolean irilTranslates) {
        return new ReaderProfile(Tongues.restore(ARIA, withDraconic(learned)), irilTranslates);
    }

    private static Map<String, Proficiency> withDraconic(Map<String, Proficiency> learned) {
        HashMap<String, Proficiency> all = new HashMap<>(learned);
        all.put("draconic", Proficiency.FLUENT);
        return all;
    }
}
