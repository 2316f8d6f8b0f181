package io.kinrealm.acceptance.characters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import io.kinrealm.application.character.port.in.FamilyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The family a character is born with: Ashnar, Iril and the three bonds between them and the character. */
public class FamilySteps {
    private final World world;

    public FamilySteps(World world) {
        this.world = world;
    }

    @Then("Ashnar and Iril follow {word}")
    public void ashnarAndIrilFollow(String character) {
        assertThat(birthOf(character).family().companions())
                .extracting(FamilyView.CompanionView::name, FamilyView.CompanionView::order)
                .containsExactlyInAnyOrder(tuple("ashnar", "follow"), tuple("iril", "follow"));
    }

    @Then("the bonds of {word}'s family are:")
    public void theBondsOfTheFamilyAre(String character, DataTable expected) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("between", "bond", "tier"));
        for (FamilyView.BondView bond : birthOf(character).family().bonds()) {
            rows.add(List.of(between(bond.pair(), character), String.valueOf(bond.value()), shown(bond.tier())));
        }
        expected.diff(DataTable.create(rows));
    }

    @Then("{word} heads a family of her/his/their own, apart from {word}'s")
    public void headsAFamilyOfItsOwn(String character, String other) {
        CreatedCharacter born = birthOf(character);
        assertThat(born.family().owner()).isEqualTo(born.character().id());
        assertThat(born.family().id()).isNotEqualTo(birthOf(other).family().id());
    }

    private CreatedCharacter birthOf(String character) {
        return world.birthOf(character).orElseThrow(() -> new AssertionError(character + " was never born"));
    }

    private static String between(String pair, String character) {
        return switch (pair) {
            case "player_ashnar" -> character + " and Ashnar";
            case "player_iril" -> character + " and Iril";
            case "ashnar_iril" -> "Ashnar and Iril";
            default -> throw new AssertionError("a family has no bond " + pair);
        };
    }

    private static String shown(String tier) {
        return tier.substring(0, 1).toUpperCase(Locale.ROOT) + tier.substring(1);
    }
}
