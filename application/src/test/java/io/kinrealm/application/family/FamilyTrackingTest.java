package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.AcceptKinUseCase.AcceptKin;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.application.family.port.in.GrantKinUseCase.GrantKin;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase.OrderCompanion;
import io.kinrealm.application.family.port.in.ReadFamilyPositionsUseCase.ReadFamilyPositions;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.PositionReport;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.ReportPosition;
import io.kinrealm.application.family.port.in.RevokeKinUseCase.RevokeKin;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyTrackingTest {
    private static final String GATE = "5.12.130.77";
    private static final String CAMP = "5.12.130.78";

    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");
    private final Character brenn = world.born("Brenn", "solari");

    private boolean report(Character who, String section, double x, double y) {
        PositionReport report = done(world.tracking.report(new ReportPosition(who.id(), section, x, y)));
        return report.accepted();
    }

    private List<ChannelEvent> positionsOn(Character head) {
        return world.onChannelOf(head).stream().filter(e -> e.name().equals(FamilyEventNames.POSITIONS)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> entries(ChannelEvent event) {
        return ((List<Map<String, Object>>) event.data().get("positions")).stream()
                .map(entry -> List.of(entry.get("who"), entry.get("characterId"), entry.get("section"),
                        entry.get("x"), entry.get("y"))).toList();
    }

    private void makeKin(Character head, Character kin) {
        done(world.family.grant(new GrantKin(head.id(), head.familyId(), kin.id())));
        done(world.family.accept(new AcceptKin(kin.id(), head.familyId())));
    }

    @Test
    void moves_are_sent_in_one_batch_per_family_with_the_companions_following() {
        report(aria, GATE, 10, 20);
        world.clock.advance(Duration.ofMillis(100));
        report(aria, GATE, 11, 20);
        world.clock.advance(Duration.ofMillis(100));
        report(aria, GATE, 12, 21.5);

        assertThat(positionsOn(aria)).isEmpty();
        assertThat(world.tracking.flush()).isEqualTo(1);

        List<ChannelEvent> sent = positionsOn(aria);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().data().get("family")).isEqualTo(aria.familyId().toString());
        String id = aria.id().toString();
        assertThat(entries(sent.getFirst())).containsExactly(
                List.of("character", id, GATE, 12.0, 21.5),
                List.of("ashnar", id, GATE, 12.0, 21.5),
                List.of("iril", id, GATE, 12.0, 21.5));
    }

    @Test
    void nothing_is_sent_when_nobody_moved() {
        report(aria, GATE, 10, 20);
        world.tracking.flush();

        assertThat(world.tracking.flush()).isZero();
        assertThat(positionsOn(aria)).hasSize(1);
    }

    @Test
    void a_picture_the_family_was_just_sent_is_not_sent_again() {
        report(aria, GATE, 10, 20);
        world.tracking.flush();
        world.clock.advance(Duration.ofMillis(100));
        report(aria, GATE, 10, 20);

        assertThat(world.tracking.flush()).isZero();
        world.clock.advance(Duration.ofMillis(100));
        report(aria, GATE, 11, 20);
        assertThat(world.tracking.flush()).isEqualTo(1);
        assertThat(positionsOn(aria)).hasSize(2);
    }

    @Test
    void families_of_one_batch_are_read_in_one_go() {
        Character cael = world.born("Cael", "sylvan");
        report(aria, GATE, 10, 20);
        report(brenn, CAMP, 1, 2);
        report(cael, CAMP, 3, 4);
        int readsBefore = world.positions.reads();

        assertThat(world.tracking.flush()).isEqualTo(3);
        assertThat(world.positions.reads() - readsBefore).isEqualTo(1);
    }

    @Test
    void a_companion_told_to_stay_stays_where_its_player_stood() {
        report(aria, GATE, 10, 20);
        done(world.family.order(new OrderCompanion(aria.id(), aria.familyId(), "iril", "stay")));
        world.clock.advance(Duration.ofMillis(100));
        report(aria, CAMP, 50, 50);
        world.tracking.flush();

        String id = aria.id().toString();
        assertThat(entries(positionsOn(aria).getLast())).containsExactly(
                List.of("character", id, CAMP, 50.0, 50.0),
                List.of("ashnar", id, CAMP, 50.0, 50.0),
                List.of("iril", id, GATE, 10.0, 20.0));

        done(world.family.order(new OrderCompanion(aria.id(), aria.familyId(), "iril", "follow")));
        assertThat(world.tracking.flush()).isEqualTo(1);
        assertThat(entries(positionsOn(aria).getLast())).contains(List.of("iril", id, CAMP, 50.0, 50.0));
    }

    @Test
    void a_companion_told_to_stay_before_its_player_was_placed_stays_where_the_player_first_appears() {
        done(world.family.order(new OrderCompanion(aria.id(), aria.familyId(), "iril", "stay")));
        report(aria, GATE, 10, 20);
        world.tracking.flush();
        world.clock.advance(Duration.ofMillis(100));
        report(aria, CAMP, 50, 50);
        world.tracking.flush();

        assertThat(entries(positionsOn(aria).getLast())).contains(
                List.of("character", aria.id().toString(), CAMP, 50.0, 50.0),
                List.of("iril", aria.id().toString(), GATE, 10.0, 20.0));
    }

    @Test
    void reading_the_positions_shows_the_picture_a_batch_would_send() {
        done(world.family.order(new OrderCompanion(aria.id(), aria.familyId(), "iril", "stay")));
        report(aria, GATE, 10, 20);

        FamilyPositionsView read = done(world.family.positions(new ReadFamilyPositions(aria.id(), aria.familyId())));

        assertThat(read.positions()).extracting(FamilyPositionsView.Entry::who, FamilyPositionsView.Entry::section)
                .containsExactly(tuple("character", GATE), tuple("ashnar", GATE), tuple("iril", GATE));
        world.tracking.flush();
        assertThat(entries(positionsOn(aria).getLast())).hasSize(3);
    }

    @Test
    void kin_moves_reach_the_family_they_are_kin_of_and_stop_once_revoked() {
        makeKin(aria, brenn);
        report(brenn, CAMP, 1, 2);
        world.tracking.flush();

        assertThat(entries(positionsOn(aria).getLast()))
                .containsExactly(List.of("kin", brenn.id().toString(), CAMP, 1.0, 2.0));
        assertThat(positionsOn(brenn)).extracting(e -> e.data().get("family"))
                .containsExactly(brenn.familyId().toString());

        done(world.family.revoke(new RevokeKin(aria.id(), aria.familyId(), brenn.id())));
        world.tracking.flush();
        int before = positionsOn(aria).size();
        world.clock.advance(Duration.ofMillis(100));
        report(brenn, CAMP, 3, 4);
        world.tracking.flush();

        assertThat(positionsOn(aria)).hasSize(before);
    }

    @Test
    void reports_coming_faster_than_ten_a_second_are_dropped_and_do_not_move_the_player() {
        int accepted = 0;
        for (int i = 0; i < 14; i++) {
            accepted += report(aria, GATE, i, 0) ? 1 : 0;
            world.clock.advance(Duration.ofMillis(40));
        }
        // 25 a second: taken at 0, 80, 160, 280, 360 and 480 ms (each up to 50 ms early), the one at 520 ms dropped
        assertThat(accepted).isEqualTo(6);
        world.tracking.flush();
        assertThat(entries(positionsOn(aria).getLast()).getFirst()).containsExactly("character",
                aria.id().toString(), GATE, 12.0, 0.0);

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(report(aria, GATE, 20, 0)).isTrue();
    }

    @Test
    void a_position_off_the_map_is_refused_field_by_field() {
        List<FieldProblem> problems = rejected(world.tracking.report(
                new ReportPosition(aria.id(), "5.12", 120.0, null))).fields();

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("section", "not_detail"), tuple("x", "out_of_range"), tuple("y", "missing"));
        assertThat(world.tracking.flush()).isZero();
    }

    @Test
    void the_owner_and_kin_read_the_positions_and_nobody_else_learns_the_family_exists() {
        report(aria, GATE, 10, 20);
        Character cael = world.born("Cael", "sylvan");
        makeKin(aria, brenn);

        FamilyPositionsView read = done(world.family.positions(new ReadFamilyPositions(brenn.id(), aria.familyId())));

        assertThat(read.positions()).extracting(FamilyPositionsView.Entry::who)
                .containsExactly("character", "ashnar", "iril");
        assertThat(rejected(world.family.positions(new ReadFamilyPositions(cael.id(), aria.familyId()))).reason())
                .isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void a_batch_that_cannot_be_read_is_sent_once_the_store_is_back() {
        report(aria, GATE, 10, 20);
        world.positions.down(true);

        assertThatThrownBy(world.tracking::flush).isInstanceOf(InfrastructureException.class);
        assertThat(positionsOn(aria)).isEmpty();

        world.positions.down(false);
        assertThat(world.tracking.flush()).isEqualTo(1);
        assertThat(entries(positionsOn(aria).getFirst()).getFirst()).containsExactly("character",
                aria.id().toString(), GATE, 10.0, 20.0);
    }

    @Test
    void a_moving_character_costs_one_lookup_of_its_families_a_second_not_one_a_report() {
        makeKin(aria, brenn);
        world.tracking.flush();
        report(brenn, GATE, 0, 0);
        world.tracking.flush();
        int readsAfterTheFirstReport = world.families.reads();
        for (int i = 1; i < 5; i++) {
            world.clock.advance(Duration.ofMillis(100));
            report(brenn, GATE, i, i);
            world.tracking.flush();
        }

        assertThat(world.families.reads()).isEqualTo(readsAfterTheFirstReport);
        assertThat(positionsOn(aria)).hasSize(5);
        world.clock.advance(FamilyTracking.AUDIENCE_LIFETIME);
        report(brenn, GATE, 9, 9);
        world.tracking.flush();
        assertThat(world.families.reads()).isGreaterThan(readsAfterTheFirstReport);
    }
}
