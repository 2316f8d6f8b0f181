package io.kinrealm.application.character;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import io.kinrealm.application.character.port.in.FamilyView;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateCharacterTest {
    private final TestCore kinrealm = new TestCore();
    private final AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
    private final AccountId tomas = kinrealm.register("Tomas", "sunlit-vows-42");

    private Outcome<CreatedCharacter> create(AccountId account, String name, String civilization) {
        return kinrealm.core.createCharacter().create(new CreateCharacter(account, name, civilization));
    }

    @Test
    void a_new_character_is_born_with_ashnar_and_iril_following_it() {
        CreatedCharacter aria = done(create(mira, "Aria", "drakari"));

        assertThat(aria.family().owner()).isEqualTo(aria.character().id());
        assertThat(aria.family().id()).isEqualTo(aria.character().familyId());
        assertThat(aria.family().companions()).extracting(FamilyView.CompanionView::name,
                FamilyView.CompanionView::order).containsExactly(tuple("ashnar", "follow"), tuple("iril", "follow"));
    }

    @Test
    void a_new_family_has_bonds_of_50_50_and_40_that_feel_close_close_and_warm() {
        CreatedCharacter aria = done(create(mira, "Aria", "drakari"));

        assertThat(aria.family().bonds()).containsExactly(
                new FamilyView.BondView("player_ashnar", 50, "close"),
                new FamilyView.BondView("player_iril", 50, "close"),
                new FamilyView.BondView("ashnar_iril", 40, "warm"));
    }

    @ParameterizedTest(name = "a new {0} starts with {1} order, {2} chaos and {3} void")
    @CsvSource({"solari, 20, 0, 0", "nocteri, 5, 0, 15", "drakari, 0, 20, 0", "umbral, 0, 10, 10"})
    void a_new_character_takes_the_devotion_of_its_civilization(String civilization, int order, int chaos,
                                                                int voidPoints) {
        CreatedCharacter born = done(create(mira, "Nova", civilization));

        assertThat(born.character().civilization()).isEqualTo(civilization);
        assertThat(born.character().devotion())
                .isEqualTo(Map.of("order", order, "chaos", chaos, "void", voidPoints));
    }

    @Test
    void a_name_borne_by_any_character_is_taken_ignoring_case() {
        done(create(tomas, "Aria", "solari"));

        assertThat(rejected(create(mira, "aRIA", "drakari")).reason()).isEqualTo(Refusal.CHARACTER_NAME_TAKEN);
        assertThat(kinrealm.core.listMyCharacters().listMine(mira)).isEmpty();
    }

    @Test
    void a_name_written_with_a_separate_accent_mark_is_the_same_name() {
        done(create(tomas, "\u00C9lodie", "sylvan"));

        assertThat(rejected(create(mira, "E\u0301lodie", "sylvan")).reason())
                .isEqualTo(Refusal.CHARACTER_NAME_TAKEN);
    }

    @Test
    void an_unknown_civilization_is_refused_with_the_nine_to_choose_from() {
        Outcome.Rejected<CreatedCharacter> refusal = rejected(create(mira, "Aria", "elven"));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("civilization");
            assertThat(problem.code()).isEqualTo("unknown");
            assertThat(problem.message()).contains("solari", "nocteri", "terran", "sylvan", "ferric", "abyssal",
                    "aetheri", "drakari", "umbral");
        });
    }

    @Test
    void a_bad_name_and_an_unknown_civilization_are_reported_together() {
        Outcome.Rejected<CreatedCharacter> refusal = rejected(create(mira, "R2D2", null));

        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("name", "letters_only"), tuple("civilization", "unknown"));
    }

    @Test
    void an_account_holds_eight_characters_and_the_ninth_is_refused() {
        String[] names = {"Aria", "Brenn", "Cael", "Dara", "Eryn", "Fenn", "Gale", "Hale"};
        for (String name : names) {
            done(create(mira, name, "terran"));
        }

        assertThat(rejected(create(mira, "Iona", "terran")).reason()).isEqualTo(Refusal.CHARACTER_LIMIT_REACHED);
        assertThat(kinrealm.core.listMyCharacters().listMine(mira)).hasSize(8);
        assertThat(create(tomas, "Iona", "terran")).isInstanceOf(Outcome.Done.class);
    }
}
