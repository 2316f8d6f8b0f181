package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase.OrderCompanion;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;

/** Ashnar and Iril follow the head of their family, or stay where they were told to. */
public class CompanionSteps {
    private final World world;
    private final Households households;

    public CompanionSteps(World world, Households households) {
        this.world = world;
        this.households = households;
    }

    @Given("{word} has told {word} to {word}")
    public void hasToldTo(String owner, String companion, String order) {
        World.done(order(owner, owner, companion, order));
    }

    @When("{word} tells {word} to {word}")
    public void tellsTo(String owner, String companion, String order) {
        world.heard(order(owner, owner, companion, order));
    }

    @When("{word} tells {word}'s {word} to {word}")
    public void tellsAnotherFamilysCompanion(String by, String owner, String companion, String order) {
        world.heard(order(by, owner, companion, order));
    }

    @Then("Ashnar {word} and Iril {word}")
    public void ashnarAndIril(String ashnar, String iril) {
        FamilyDetailsView family = (FamilyDetailsView) World.done(world.lastAnswer());
        assertThat(family.companions()).extracting(FamilyDetailsView.CompanionView::name,
                FamilyDetailsView.CompanionView::order).containsExactly(
                tuple("ashnar", orderOf(ashnar)), tuple("iril", orderOf(iril)));
    }

    @Then("Ashnar and Iril have these stats:")
    public void companionsHaveTheseStats(DataTable table) {
        FamilyDetailsView family = (FamilyDetailsView) World.done(world.lastAnswer());
        List<List<Object>> shown = family.companions().stream().map(companion -> List.<Object>of(
                companion.name(), companion.stats().maxHp(), companion.stats().attack(),
                companion.stats().defence(), companion.stats().speed())).toList();
        List<List<Object>> expected = table.asMaps().stream().map(row -> List.<Object>of(
                Households.companionId(row.get("companion")),
                Integer.parseInt(row.get("max hp")), Integer.parseInt(row.get("attack")),
                Integer.parseInt(row.get("defence")), Integer.parseInt(row.get("speed")))).toList();
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Then("{word} is told {word}'s family is not hers/his/theirs")
    public void isToldTheFamilyIsNotTheirs(String by, String owner) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    private Outcome<FamilyDetailsView> order(String by, String owner, String companion, String order) {
        return households.families().orderCompanion().order(new OrderCompanion(households.character(by),
                households.familyOf(owner), Households.companionId(companion), order));
    }

    /** "follows" and "stays", as a designer writes them, are the orders follow and stay. */
    private static String orderOf(String shown) {
        return switch (shown) {
            case "follows" -> "follow";
            case "stays" -> "stay";
            default -> throw new AssertionError("a companion follows or stays, not " + shown);
        };
    }
}
