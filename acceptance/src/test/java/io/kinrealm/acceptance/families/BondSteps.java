package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.shared.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The three bonds of a family: their values and tiers, gifts that raise them and neglect that wears them down. */
public class BondSteps {
    private final World world;
    private final Households households;
    private final FamilyHearing hearing;

    public BondSteps(World world, Households households, FamilyHearing hearing) {
        this.world = world;
        this.households = households;
        this.hearing = hearing;
    }

    @Given("{word}'s bond with {word} stands at {int}")
    public void bondStandsAt(String owner, String companion, int value) {
        households.bringBond(owner, companion, value);
    }

    @Given("{word}'s family has been left alone for {int} (more )days")
    public void leftAlone(String owner, int days) {
        world.clock().letPass(Duration.ofDays(days));
    }

    @Given("{word} has given {word} a gift")
    public void hasGivenAGift(String owner, String companion) {
        World.done(households.giveGift(owner, owner, companion));
    }

    @When("{word} gives {word} a gift")
    public void givesAGift(String owner, String companion) {
        hearing.listenTo(owner);
        world.heard(households.giveGift(owner, owner, companion));
    }

    @When("{word} gives {word}'s {word} a gift")
    public void givesAnotherFamilysCompanionAGift(String giver, String owner, String companion) {
        world.heard(households.giveGift(giver, owner, companion));
    }

    @When("{word} looks at her/his/their family")
    public void looksAtTheirFamily(String owner) {
        world.heard(households.readAs(owner, owner));
    }

    @When("{word} looks at {word}'s family")
    public void looksAtAFamily(String reader, String owner) {
        world.heard(households.readAs(reader, owner));
    }

    @Then("{word} sees these bonds in her/his/their family:")
    public void seesTheseBonds(String owner, DataTable expected) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("between", "bond", "tier"));
        for (FamilyDetailsView.BondView bond : shownOrRead(owner).bonds()) {
            rows.add(List.of(between(bond.pair(), owner), String.valueOf(bond.value()),
                    Households.shown(bond.tier())));
        }
        expected.diff(DataTable.create(rows));
    }

    @Then("{word}'s bond with {word} is {int}, {word}")
    public void bondIs(String owner, String companion, int value, String tier) {
        assertThat(bondShown(companion)).isEqualTo(new FamilyDetailsView.BondView(Households.pairOf(companion),
                value, tier.toLowerCase(Locale.ROOT)));
    }

    @Then("the family hears {word}'s bond with {word} went from {int}, {word} to {int}, {word}")
    public void bondWent(String owner, String companion, int from, String was, int to, String now) {
        String pair = Households.pairOf(companion);
        assertThat(hearing.heard(FamilyEventNames.BOND_CHANGED)).extracting(ChannelEvent::data)
                .containsExactly(Map.of("family", households.familyOf(owner).toString(), "pair", pair,
                        "from", from, "to", to, "delta", to - from, "cause", "gift"));
        List<Map<String, Object>> tierChanges = hearing.heard(FamilyEventNames.TIER_CHANGED).stream()
                .map(ChannelEvent::data).toList();
        if (was.equals(now)) {
            assertThat(tierChanges).as("tier changes").isEmpty();
        } else {
            assertThat(tierChanges).containsExactly(Map.of("family", households.familyOf(owner).toString(),
                    "pair", pair, "from", was.toLowerCase(Locale.ROOT),
                    "to", now.toLowerCase(Locale.ROOT)));
        }
        assertThat(bondShown(companion).value()).isEqualTo(to);
    }

    @Then("{word}'s bond with {word} stays at {int}, and no change is announced")
    public void bondStays(String owner, String companion, int value) {
        assertThat(bondShown(companion).value()).isEqualTo(value);
        assertThat(hearing.heard(FamilyEventNames.BOND_CHANGED)).as("bond changes heard").isEmpty();
    }

    private FamilyDetailsView.BondView bondShown(String companion) {
        String pair = Households.pairOf(companion);
        return shown().bonds().stream().filter(bond -> bond.pair().equals(pair)).findFirst().orElseThrow();
    }

    /** The family as the last answer showed it or, when the last answer was not a family, as its head reads it. */
    private FamilyDetailsView shownOrRead(String owner) {
        return world.lastAnswer() instanceof Outcome.Done<?>(FamilyDetailsView family) ? family
                : households.read(owner);
    }

    /** The family as the last answer showed it. */
    private FamilyDetailsView shown() {
        return (FamilyDetailsView) World.done(world.lastAnswer());
    }

    private static String between(String pair, String owner) {
        return switch (pair) {
            case "player_ashnar" -> owner + " and Ashnar";
            case "player_iril" -> owner + " and Iril";
            case "ashnar_iril" -> "Ashnar and Iril";
            default -> throw new AssertionError("a family has no bond " + pair);
        };
    }
}
