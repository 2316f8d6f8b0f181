package io.kinrealm.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SectionPathTest {
    private static final MapRules RULES = MapRules.defaults();

    @Test
    void reads_a_detail_path_index_by_index() {
        Outcome<SectionPath> path = SectionPath.parse("section", "5.12.130.77", RULES);

        assertThat(path).isEqualTo(Outcome.done(new SectionPath(List.of(5, 12, 130, 77))));
        assertThat(((Outcome.Done<SectionPath>) path).value().isDetail()).isTrue();
        assertThat(((Outcome.Done<SectionPath>) path).value()).hasToString("5.12.130.77");
    }

    @Test
    void the_last_index_of_each_level_is_its_grid_squared_less_one() {
        assertThat(SectionPath.parse("section", "15.63.255.1023", RULES)).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_shorter_path_names_a_section_of_a_coarser_level() {
        Outcome<SectionPath> regional = SectionPath.parse("section", "5.12", RULES);

        assertThat(((Outcome.Done<SectionPath>) regional).value().isDetail()).isFalse();
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            "16.0.0.0, out_of_range",
            "0.64.0.0, out_of_range",
            "0.0.256.0, out_of_range",
            "0.0.0.1024, out_of_range",
            "0.0.0.0.0, too_deep",
            "1..2.3, out_of_range",
            "-1.0.0.0, out_of_range",
            "a.b.c.d, out_of_range",
            "'', missing",
            "99999999999.0.0.0, out_of_range"})
    void refuses_paths_off_the_map(String text, String code) {
        Outcome<SectionPath> path = SectionPath.parse("section", text, RULES);

        assertThat(path).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<SectionPath>) path).fields()).extracting(FieldProblem::code)
                .containsExactly(code);
    }

    @Test
    void grids_come_from_the_rule_book() {
        MapRules small = new MapRules(List.of(2, 2, 2, 2), 10, 10, RULES.reportSlack(), RULES.batchInterval());

        assertThat(SectionPath.parse("section", "3.3.3.3", small)).isInstanceOf(Outcome.Done.class);
        assertThat(SectionPath.parse("section", "4.0.0.0", small)).isInstanceOf(Outcome.Rejected.class);
    }
}
