package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.LanguagesView;
import io.kinrealm.application.family.port.in.LanguagesView.LanguageView;
import io.kinrealm.application.family.port.in.LearnLanguageUseCase.LearnLanguage;
import io.kinrealm.application.family.port.in.ReadLanguagesUseCase.ReadLanguages;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");

    private LanguagesView languagesOf(Character character) {
        return done(world.languages.read(new ReadLanguages(character.id())));
    }

    @Test
    void a_drakari_is_born_fluent_in_common_and_draconic_and_knows_nothing_of_the_other_tongues() {
        LanguagesView view = languagesOf(aria);

        assertThat(view.languages()).hasSize(10);
        assertThat(view.languages().getFirst()).isEqualTo(new LanguageView("common", "Common", 100));
        assertThat(view.languages()).filteredOn(language -> language.proficiency() > 0)
                .extracting(LanguageView::id).containsExactly("common", "draconic");
    }

    @Test
    void learning_raises_proficiency_step_by_step_and_never_above_one_hundred() {
        assertThat(done(world.languages.learn(new LearnLanguage(aria.id(), "solic", 30))).proficiency())
                .isEqualTo(30);
        assertThat(done(world.languages.learn(new LearnLanguage(aria.id(), "solic", 80))).proficiency())
                .isEqualTo(100);
        assertThat(languagesOf(aria).languages()).contains(new LanguageView("solic", "Solic", 100),
                new LanguageView("draconic", "Draconic", 100));
    }

    @Test
    void an_unknown_language_and_no_points_are_reported_together() {
        assertThat(rejected(world.languages.learn(new LearnLanguage(aria.id(), "elvish", 0))).fields())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("language", "unknown"), tuple("points", "too_small"));
    }

    @Test
    void an_unknown_character_neither_learns_nor_has_languages() {
        CharacterId nobody = new CharacterId(UUID.randomUUID());

        assertThat(rejected(world.languages.learn(new LearnLanguage(nobody, "solic", 5))).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
        assertThat(rejected(world.languages.read(new ReadLanguages(nobody))).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
    }
}
