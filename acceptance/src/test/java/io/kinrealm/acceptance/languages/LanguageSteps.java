package io.kinrealm.acceptance.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.acceptance.families.Households;
import io.kinrealm.application.family.port.in.LanguagesView;
import io.kinrealm.application.family.port.in.LearnLanguageUseCase.LearnLanguage;
import io.kinrealm.application.family.port.in.ReadLanguagesUseCase.ReadLanguages;
import io.kinrealm.application.family.port.in.RenderTextUseCase.RenderText;
import io.kinrealm.application.family.port.in.RenderedTextView;
import io.kinrealm.domain.shared.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The tongues a character speaks, how it learns more, and how a written text reads to it. */
public class LanguageSteps {
    private final World world;
    private final Households households;
    private String text;
    private RenderedTextView readBefore;

    public LanguageSteps(World world, Households households) {
        this.world = world;
        this.households = households;
    }

    @Given("{word} has learned {int} of {word}")
    public void hasLearned(String character, int points, String tongue) {
        if (points > 0) {
            World.done(learn(character, points, tongue));
        }
    }

    @Given("{word} has read {string}, written in {word}")
    public void hasRead(String reader, String written, String tongue) {
        readBefore = World.done(read(reader, written, tongue));
    }

    @When("{word} looks at the tongues {word} speaks")
    public void looksAtTheTongues(String player, String character) {
        world.heard(households.families().readLanguages().read(new ReadLanguages(households.character(character))));
    }

    @When("{word} learns {int} more of {word}")
    public void learnsMore(String character, int points, String tongue) {
        world.heard(learn(character, points, tongue));
    }

    @When("{word} reads {string}, written in {word}")
    public void reads(String reader, String written, String tongue) {
        text = written;
        world.heard(read(reader, written, tongue));
    }

    @Then("{word} knows these tongues:")
    public void knowsTheseTongues(String character, DataTable expected) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tongue", "proficiency"));
        for (LanguagesView.LanguageView language : ((LanguagesView) World.done(world.lastAnswer())).languages()) {
            rows.add(List.of(language.name(), String.valueOf(language.proficiency())));
        }
        expected.diff(DataTable.create(rows));
    }

    @Then("{word} knows {word} at {int}")
    public void knowsAt(String character, String tongue, int proficiency) {
        assertThat(((LanguagesView.LanguageView) World.done(world.lastAnswer())).proficiency())
                .isEqualTo(proficiency);
    }

    @Then("{word} reads it as written, without Iril's help")
    public void readsItAsWritten(String reader) {
        assertThat(rendered()).isEqualTo(new RenderedTextView(text, rendered().language(), false, true));
    }

    @Then("{word} reads it as written, translated by Iril")
    public void readsItTranslated(String reader) {
        assertThat(rendered()).isEqualTo(new RenderedTextView(text, rendered().language(), true, true));
    }

    @Then("{word} reads not one word of it, only its shape {string}")
    public void readsOnlyItsShape(String reader, String shape) {
        RenderedTextView seen = rendered();
        assertThat(seen.translated()).as("translated by Iril").isFalse();
        assertThat(shapeOf(seen.text())).isEqualTo(shape);
        assertThat(words(seen.text())).as("words read").doesNotContainAnyElementsOf(words(text));
    }

    @Then("{word} reads exactly what she/he/they read before")
    public void readsWhatWasReadBefore(String reader) {
        assertThat(rendered()).isEqualTo(readBefore);
        assertThat(rendered().text()).isNotEqualTo(text);
    }

    private RenderedTextView rendered() {
        return (RenderedTextView) World.done(world.lastAnswer());
    }

    private Outcome<LanguagesView.LanguageView> learn(String character, int points, String tongue) {
        return households.families().learnLanguage().learn(new LearnLanguage(households.character(character),
                idOf(character, tongue), points));
    }

    private Outcome<RenderedTextView> read(String reader, String written, String tongue) {
        return households.families().renderText().render(new RenderText(households.character(reader), written,
                idOf(reader, tongue)));
    }

    /** The id of a tongue a designer names as the game shows it (Draconic). */
    private String idOf(String character, String tongue) {
        LanguagesView languages = World.done(households.families().readLanguages()
                .read(new ReadLanguages(households.character(character))));
        return languages.languages().stream().filter(language -> language.name().equals(tongue))
                .map(LanguagesView.LanguageView::id).findFirst()
                .orElseThrow(() -> new AssertionError("no tongue is called " + tongue));
    }

    /** Every lower-case letter as x, every capital as X, everything else as written. */
    private static String shapeOf(String written) {
        StringBuilder shape = new StringBuilder();
        written.codePoints().forEach(c -> shape.append(Character.isUpperCase(c) ? "X"
                : Character.isLetter(c) ? "x" : Character.toString(c)));
        return shape.toString();
    }

    private static List<String> words(String written) {
        return List.of(written.split("[^\\p{L}]+")).stream().filter(word -> !word.isEmpty()).toList();
    }
}
