package io.kinrealm.acceptance.characters;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CivilizationView;
import java.util.ArrayList;
import java.util.List;

/** The civilizations a character may be born into, as a player choosing one sees them. */
public class CivilizationSteps {
    private final World world;
    private List<CivilizationView> shown = List.of();

    public CivilizationSteps(World world) {
        this.world = world;
    }

    @When("{word} looks at the civilizations a character may be born into")
    public void looksAtTheCivilizations(String player) {
        shown = world.kinrealm().listCivilizations().listCivilizations();
    }

    @Then("{word} sees, in this order:")
    public void seesInThisOrder(String player, DataTable expected) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("civilization", "tongue"));
        shown.forEach(civilization -> rows.add(List.of(civilization.name(), civilization.languageName())));
        expected.diff(DataTable.create(rows));
    }
}
