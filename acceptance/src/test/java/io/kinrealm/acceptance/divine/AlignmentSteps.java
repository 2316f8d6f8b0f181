package io.kinrealm.acceptance.divine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.acceptance.families.FamilyHearing;
import io.kinrealm.acceptance.families.Households;
import io.kinrealm.application.character.port.in.CivilizationView;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.family.port.in.AlignmentView;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase.ReadAlignment;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Divine Alignment Bars: points, whole-percent shares, the dominant faction, devotion, and shifts. */
public class AlignmentSteps {
    private final World world;
    private final Households households;
    private final FamilyHearing hearing;

    public AlignmentSteps(World world, Households households, FamilyHearing hearing) {
        this.world = world;
        this.households = households;
        this.hearing = hearing;
    }

    /** Born into the first civilization whose starting devotion deeds alone can bring to these points. */
    @Given("{word} plays {word}, who has earned {int} Order, {int} Chaos and {int} Void")
    public void playsOneWhoHasEarned(String player, String name, int order, int chaos, int voidPoints) {
        int[] target = {order, chaos, voidPoints};
        for (CivilizationView civilization : world.kinrealm().listCivilizations().listCivilizations()) {
            Map<String, Integer> start = civilization.startingDevotion();
            Optional<List<String>> deeds = Deeds.leadingFrom(
                    new int[] {start.get("order"), start.get("chaos"), start.get("void")}, target);
            if (deeds.isPresent()) {
                CreateCharacter birth = new CreateCharacter(world.signedIn(world.player(player)).accountId(), name,
                        civilization.id());
                world.born(name, World.done(world.kinrealm().createCharacter().create(birth)));
                deeds.get().forEach(deed -> World.done(households.families().recordDeed()
                        .record(new RecordDeed(households.character(name), deed))));
                assertThat(alignmentOf(name).points()).isEqualTo(Map.of("order", order, "chaos", chaos,
                        "void", voidPoints));
                return;
            }
        }
        throw new AssertionError("no character can reach these points by deeds alone");
    }

    @When("{word} looks at her/his/their Divine Alignment Bars")
    public void looksAtTheBars(String character) {
        world.heard(households.families().readAlignment().read(new ReadAlignment(households.character(character))));
    }

    @Then("{word}'s bars show {int} % Order, {int} % Chaos and {int} % Void")
    public void barsShow(String character, int order, int chaos, int voidPercent) {
        assertThat(shown().percents()).isEqualTo(Map.of("order", order, "chaos", chaos, "void", voidPercent));
    }

    @Then("{word}'s alignment reads {word}")
    public void alignmentReads(String character, String dominant) {
        assertThat(shown()).extracting(AlignmentView::dominant, AlignmentView::devout)
                .containsExactly(dominant.toLowerCase(Locale.ROOT), false);
    }

    @Then("{word}'s alignment reads {word}, devout")
    public void alignmentReadsDevout(String character, String dominant) {
        assertThat(shown()).extracting(AlignmentView::dominant, AlignmentView::devout)
                .containsExactly(dominant.toLowerCase(Locale.ROOT), true);
    }

    @Then("{word}'s family hears of no alignment shift")
    public void hearsOfNoShift(String character) {
        assertThat(hearing.heard(FamilyEventNames.ALIGNMENT_SHIFTED)).isEmpty();
    }

    @Then("{word}'s family hears of a shift from {word} to {word}")
    public void hearsOfAShift(String character, String from, String to) {
        assertThat(hearing.heard(FamilyEventNames.ALIGNMENT_SHIFTED)).extracting(ChannelEvent::data)
                .singleElement().satisfies(shift -> {
                    assertThat(shift.get("character")).isEqualTo(households.character(character).toString());
                    assertThat(shift.get("from")).isEqualTo(from.toLowerCase(Locale.ROOT));
                    assertThat(shift.get("to")).isEqualTo(to.toLowerCase(Locale.ROOT));
                });
    }

    private AlignmentView shown() {
        return (AlignmentView) World.done(world.lastAnswer());
    }

    private AlignmentView alignmentOf(String character) {
        return World.done(households.families().readAlignment().read(
                new ReadAlignment(households.character(character))));
    }
}
