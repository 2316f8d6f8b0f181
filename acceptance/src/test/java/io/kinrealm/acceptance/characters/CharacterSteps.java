package io.kinrealm.acceptance.characters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CivilizationView;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;
import java.util.Locale;

/** Creating characters: a civilization, a name of 3 to 16 letters unique ignoring case, at most 8 per account. */
public class CharacterSteps {
    private final World world;

    public CharacterSteps(World world) {
        this.world = world;
    }

    @Given("{word} plays {word}, a/an {word}")
    public void plays(String player, String name, String civilization) {
        World.done(create(player, name, civilization));
    }

    @Given("{word} plays {int} characters")
    public void playsCharacters(String player, int count) {
        List<CivilizationView> civilizations = world.kinrealm().listCivilizations().listCivilizations();
        for (int i = 0; i < count; i++) {
            String name = player + (char) ('a' + i);
            World.done(create(player, name, civilizations.get(i % civilizations.size()).name()));
        }
    }

    @When("{word} creates {word}, a/an {word}")
    public void creates(String player, String name, String civilization) {
        create(player, name, civilization);
    }

    @When("{word} creates {word} of the {word} civilization")
    public void createsOfTheCivilization(String player, String name, String civilization) {
        create(player, name, civilization);
    }

    @When("{word} creates a/an {word} named {string}")
    public void createsNamed(String player, String civilization, String name) {
        create(player, name, civilization);
    }

    @Then("{word} is born a/an {word}")
    public void isBornA(String name, String civilization) {
        CreatedCharacter born = (CreatedCharacter) World.done(world.lastAnswer());
        assertThat(born.character().name()).isEqualTo(name);
        assertThat(born.character().civilization()).isEqualTo(civilizationId(civilization));
    }

    @Then("{word} is told to choose one of the nine civilizations")
    public void isToldToChooseACivilization(String player) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("civilization");
            assertThat(problem.message()).contains(world.kinrealm().listCivilizations().listCivilizations().stream()
                    .map(CivilizationView::id).toList());
        });
    }

    @Then("the name is accepted")
    public void theNameIsAccepted() {
        assertThat(world.lastAnswer()).isInstanceOf(Outcome.Done.class);
    }

    @Then("the name is refused for its length")
    public void theNameIsRefusedForItsLength() {
        assertNameRefusedAs("length");
    }

    @Then("the name is refused for its letters")
    public void theNameIsRefusedForItsLetters() {
        assertNameRefusedAs("letters_only");
    }

    @Then("{word} is told that name is already borne")
    public void isToldThatNameIsAlreadyBorne(String player) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.CHARACTER_NAME_TAKEN);
    }

    @Then("{word} is told her/his/their account already holds {int} characters")
    public void isToldTheAccountIsFull(String player, int limit) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.CHARACTER_LIMIT_REACHED);
        assertThat(refusal.detail()).contains(String.valueOf(limit));
    }

    private void assertNameRefusedAs(String code) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("name", code));
    }

    private Outcome<CreatedCharacter> create(String player, String name, String civilization) {
        CreateCharacter command = new CreateCharacter(world.signedIn(world.player(player)).accountId(), name,
                civilizationId(civilization));
        Outcome<CreatedCharacter> answer = world.heard(world.kinrealm().createCharacter().create(command));
        if (answer instanceof Outcome.Done<CreatedCharacter> done) {
            world.born(name, done.value());
        }
        return answer;
    }

    /** The civilization a player means by the name shown to them; an unknown name is sent as typed. */
    private String civilizationId(String shownName) {
        return world.kinrealm().listCivilizations().listCivilizations().stream()
                .filter(civilization -> civilization.name().equalsIgnoreCase(shownName))
                .map(CivilizationView::id).findFirst()
                .orElse(shownName.toLowerCase(Locale.ROOT));
    }
}
