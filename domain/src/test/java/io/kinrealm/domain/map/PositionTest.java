package io.kinrealm.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {
    private static final MapRules RULES = MapRules.defaults();

    private static List<String> problems(Outcome<Position> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<Position>) outcome).fields().stream()
                .map(problem -> problem.field() + ":" + problem.code()).toList();
    }

    @Test
    void a_point_inside_a_detail_section_is_a_position() {
        Outcome<Position> position = Position.of("5.12.130.77", 0.0, 99.5, RULES);

        assertThat(position).isEqualTo(Outcome.done(
                new Position(new SectionPath(List.of(5, 12, 130, 77)), 0.0, 99.5)));
    }

    @Test
    void a_position_lies_in_a_detail_section_not_a_coarser_one() {
        assertThat(problems(Position.of("5.12", 1.0, 1.0, RULES))).containsExactly("section:not_detail");
    }

    @Test
    void coordinates_lie_inside_the_section() {
        assertThat(problems(Position.of("0.0.0.0", 100.0, -0.5, RULES)))
                .containsExactly("x:out_of_range", "y:out_of_range");
        assertThat(problems(Position.of("0.0.0.0", Double.NaN, Double.POSITIVE_INFINITY, RULES)))
                .containsExactly("x:out_of_range", "y:out_of_range");
    }

    @Test
    void every_problem_is_named_at_once() {
        assertThat(problems(Position.of("77", null, null, RULES)))
                .containsExactly("section:out_of_range", "x:missing", "y:missing");
        assertThat(((Outcome.Rejected<Position>) Position.of(null, 1.0, 1.0, RULES)).fields())
                .extracting(FieldProblem::code).containsExactly("missing");
    }
}
