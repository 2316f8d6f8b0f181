package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.PositionReport;
import io.kinrealm.domain.map.MapRules;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Family tracking: where the head of a family, Ashnar, Iril and accepted kin stand, the position reports clients send
 * (at most 10 a second) and the batches in which the realm sends moves on to each family.
 */
public class TrackingSteps {
    private static final String SOMEWHERE = "5.12.130.77";

    private final World world;
    private final Households households;
    private final Whereabouts whereabouts;
    private List<PositionReport> reports = List.of();

    public TrackingSteps(World world, Households households, Whereabouts whereabouts) {
        this.world = world;
        this.households = households;
        this.whereabouts = whereabouts;
    }

    /** What is wrong with a reported place, as a designer says it, read as the field problem's code. */
    @ParameterType("off the map|not a detail section|deeper than the map|outside the section")
    public String misplacement(String shown) {
        return switch (shown) {
            case "off the map", "outside the section" -> "out_of_range";
            case "not a detail section" -> "not_detail";
            case "deeper than the map" -> "too_deep";
            default -> throw new AssertionError("no place is wrong as " + shown);
        };
    }

    @Given("{word} stands in section {word} at x {double}, y {double}")
    public void stands(String name, String section, double x, double y) {
        assertThat(World.done(whereabouts.report(name, section, x, y)).accepted()).as("%s's report", name).isTrue();
        whereabouts.nextBatch();
    }

    @Given("{word}'s client has sent {int} position reports within one second")
    public void hasSentReports(String name, int count) {
        whereabouts.burst(name, count, SOMEWHERE, 0, 0);
    }


    @When("{word} moves to section {word} at x {double}, y {double}")
    public void movesTo(String name, String section, double x, double y) {
        world.heard(whereabouts.report(name, section, x, y));
    }

    @When("{word} moves from place to place before the next batch:")
    public void movesBeforeTheNextBatch(String name, List<Map<String, String>> places) {
        Duration pause = MapRules.defaults().reportInterval();
        for (Map<String, String> place : places) {
            world.clock().letPass(pause);
            world.heard(whereabouts.report(name, place.get("section"), Double.valueOf(place.get("x")),
                    Double.valueOf(place.get("y"))));
        }
    }

    @When("{word}'s client sends {int} position reports within one second")
    public void sendsReports(String name, int count) {
        reports = whereabouts.burst(name, count, SOMEWHERE, 0, 0);
    }

    @When("{word}'s client sends {int} position reports within the next second")
    public void sendsReportsWithinTheNextSecond(String name, int count) {
        whereabouts.afterBurstStart(Duration.ofSeconds(1));
        reports = whereabouts.burst(name, count, SOMEWHERE, 0, 0);
    }

    @Given("{word}'s client has just reported her/his/their position")
    public void hasJustReported(String name) {
        world.clock().letPass(Duration.ofSeconds(1));
        assertThat(World.done(whereabouts.report(name, SOMEWHERE, 50.0, 50.0)).accepted()).isTrue();
    }

    @Given("{word}'s client reported again {int} ms later")
    public void reportedAgainLater(String name, int millis) {
        world.clock().letPass(Duration.ofMillis(millis));
        assertThat(World.done(whereabouts.report(name, SOMEWHERE, 51.0, 50.0)).accepted()).isTrue();
    }

    @When("{word}'s client reports her/his/their position again {int} ms later")
    public void reportsAgainLater(String name, int millis) {
        world.clock().letPass(Duration.ofMillis(millis));
        world.heard(whereabouts.report(name, SOMEWHERE, 52.0, 50.0));
    }

    @When("{word}'s client sends {int} position reports, one every 100 ms, each {int} ms late and early in turn")
    public void sendsWobblingReports(String name, int count, int wobble) {
        reports = new ArrayList<>();
        Duration interval = Duration.ofMillis(100);
        Duration swing = Duration.ofMillis(2L * wobble);
        world.clock().letPass(Duration.ofSeconds(1).plusMillis(wobble));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                world.clock().letPass(i % 2 == 1 ? interval.minus(swing) : interval.plus(swing));
            }
            reports.add(World.done(whereabouts.report(name, SOMEWHERE, (double) (i % 100), 0.0)));
        }
    }

    @When("{word}'s client sends {int} position reports within one second, walking east from x {double}, y {double} "
            + "in section {word}")
    public void sendsReportsWalking(String name, int count, double x, double y, String section) {
        reports = whereabouts.burst(name, count, section, x, y);
    }

    @When("{word}'s client reports her/his/their position in section {word} at x {double}, y {double}")
    public void reportsPosition(String name, String section, double x, double y) {
        world.heard(whereabouts.report(name, section, x, y));
    }

    @When("{word} asks where {word}'s family stands")
    public void asksWhereTheFamilyStands(String reader, String owner) {
        world.heard(whereabouts.read(reader, owner));
    }

    @When("the next batch goes out")
    public void theNextBatchGoesOut() {
        whereabouts.nextBatch();
    }

    @Then("the next batch shows {word}'s family standing at:")
    public void theNextBatchShows(String owner, DataTable expected) {
        whereabouts.nextBatch();
        theSameBatchShows(owner, expected);
    }

    @Then("the same batch shows {word}'s family standing at:")
    public void theSameBatchShows(String owner, DataTable expected) {
        List<FamilyPositionsView> sent = whereabouts.sentInLastBatch(owner);
        assertThat(sent).as("what the batch told %s's family", owner).hasSize(1);
        assertThat(sent.getFirst().family()).isEqualTo(households.familyOf(owner).toString());
        standing(expected).diff(DataTable.create(whereabouts.rows(owner, sent.getFirst())));
    }

    @Then("{word}'s family hears nothing before the next batch, then once, standing at:")
    public void hearsOnlyWithTheNextBatch(String owner, DataTable expected) {
        assertThat(whereabouts.heardSinceLastBatch(owner)).as("what %s's family heard before the batch", owner)
                .isEmpty();
        theNextBatchShows(owner, expected);
    }

    @Then("the next batch tells {word}'s family nothing")
    public void theNextBatchTellsNothing(String owner) {
        whereabouts.nextBatch();
        hearsNothingInIt(owner);
    }

    @Then("{word}'s family hears nothing in it")
    public void hearsNothingInIt(String owner) {
        assertThat(whereabouts.sentInLastBatch(owner)).as("what the batch told %s's family", owner).isEmpty();
    }

    @Then("the next batch does not show {word} to {word}'s family")
    public void theNextBatchDoesNotShow(String hidden, String owner) {
        whereabouts.nextBatch();
        String id = households.character(hidden).toString();
        List<FamilyPositionsView> seen = new ArrayList<>(whereabouts.sentInLastBatch(owner));
        seen.add(World.done(whereabouts.read(owner, owner)));
        assertThat(seen).flatExtracting(FamilyPositionsView::positions)
                .extracting(FamilyPositionsView.Entry::characterId).as("who %s's family is shown", owner)
                .doesNotContain(id);
    }

    @Then("{int} of the reports are taken and {int} are dropped")
    public void takenAndDropped(int taken, int dropped) {
        assertThat(reports.stream().filter(PositionReport::accepted).count()).as("reports taken").isEqualTo(taken);
        assertThat(reports.stream().filter(report -> !report.accepted()).count()).as("reports dropped")
                .isEqualTo(dropped);
    }

    @Then("the report is taken")
    public void theReportIsTaken() {
        assertThat((PositionReport) World.done(world.lastAnswer())).isEqualTo(new PositionReport(true));
    }

    @Then("the report is dropped")
    public void theReportIsDropped() {
        assertThat((PositionReport) World.done(world.lastAnswer())).isEqualTo(new PositionReport(false));
    }

    @Then("the report is refused, as its {word} is {misplacement}")
    public void theReportIsRefused(String field, String code) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple(field, code));
    }

    @Then("{word} sees {word}'s family standing at:")
    public void seesTheFamilyStandingAt(String reader, String owner, DataTable expected) {
        FamilyPositionsView shown = (FamilyPositionsView) World.done(world.lastAnswer());
        assertThat(shown.family()).isEqualTo(households.familyOf(owner).toString());
        standing(expected).diff(DataTable.create(whereabouts.rows(owner, shown)));
    }

    /** The designer's table with its metres written as the glue writes them (10.0 reads 10). */
    private static DataTable standing(DataTable expected) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(expected.row(0));
        for (List<String> row : expected.rows(1).cells()) {
            rows.add(List.of(row.get(0), row.get(1), Whereabouts.metres(Double.parseDouble(row.get(2))),
                    Whereabouts.metres(Double.parseDouble(row.get(3)))));
        }
        return DataTable.create(rows);
    }
}
