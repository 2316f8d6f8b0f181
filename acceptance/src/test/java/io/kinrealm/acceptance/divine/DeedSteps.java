package io.kinrealm.acceptance.divine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.acceptance.families.FamilyHearing;
import io.kinrealm.acceptance.families.Households;
import io.kinrealm.application.family.port.in.AlignmentView;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase.ReadAlignment;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.domain.shared.Outcome;
import java.util.Map;

/** Deeds a character does in play, as gameplay records them, and the devotion each earns. */
public class DeedSteps {
    private final World world;
    private final Households households;
    private final FamilyHearing hearing;
    private AlignmentView before;

    public DeedSteps(World world, Households households, FamilyHearing hearing) {
        this.world = world;
        this.households = households;
        this.hearing = hearing;
    }

    /** A deed as the present tense of a scenario names it ("keeps an oath"), read as its catalog id. */
    @ParameterType(Deeds.DONE)
    public String deed(String phrase) {
        return Deeds.idOf(phrase);
    }

    /** A deed as a Given names it ("kept an oath"), read as its catalog id. */
    @ParameterType(Deeds.HAVING_DONE)
    public String deedDone(String phrase) {
        return Deeds.idOf(phrase);
    }

    @Given("{word} has {deedDone}")
    public void hasDone(String character, String deed) {
        World.done(record(character, deed));
    }

    @When("{word} {deed}")
    public void does(String character, String deed) {
        before = alignmentOf(character);
        hearing.listenTo(character);
        world.heard(record(character, deed));
    }

    @Then("{word} earns {int} Order, {int} Chaos and {int} Void")
    public void earns(String character, int order, int chaos, int voidPoints) {
        AlignmentView after = (AlignmentView) World.done(world.lastAnswer());
        assertThat(Map.of("order", after.points().get("order") - before.points().get("order"),
                "chaos", after.points().get("chaos") - before.points().get("chaos"),
                "void", after.points().get("void") - before.points().get("void")))
                .isEqualTo(Map.of("order", order, "chaos", chaos, "void", voidPoints));
    }

    private Outcome<AlignmentView> record(String character, String deed) {
        return households.families().recordDeed().record(new RecordDeed(households.character(character), deed));
    }

    private AlignmentView alignmentOf(String character) {
        return World.done(households.families().readAlignment().read(
                new ReadAlignment(households.character(character))));
    }
}
