package io.kinrealm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    private static final FieldProblem SHORT_NAME = new FieldProblem("name", "length", "Too short.");

    @Test
    void mapping_a_done_outcome_transforms_its_value() {
        assertThat(Outcome.done(20).map(points -> points + 5)).isEqualTo(Outcome.done(25));
    }

    @Test
    void mapping_a_refusal_keeps_the_refusal_and_never_runs_the_mapping() {
        Outcome<Integer> refused = new Outcome.Rejected<>(Refusal.VALIDATION_FAILED, "bad", List.of(SHORT_NAME));

        Outcome<String> mapped = refused.map(value -> {
            throw new AssertionError("must not run");
        });

        assertThat(mapped).isEqualTo(new Outcome.Rejected<String>(Refusal.VALIDATION_FAILED, "bad",
                List.of(SHORT_NAME)));
    }

    @Test
    void flat_mapping_chains_a_step_that_may_itself_refuse() {
        Outcome<Integer> chained = Outcome.done(9).flatMap(count -> count >= 8
                ? Outcome.rejected(Refusal.CHARACTER_LIMIT_REACHED, "full")
                : Outcome.done(count + 1));

        assertThat(chained).isEqualTo(Outcome.rejected(Refusal.CHARACTER_LIMIT_REACHED, "full"));
        assertThat(Outcome.done(2).flatMap(count -> Outcome.done(count + 1))).isEqualTo(Outcome.done(3));
    }

    @Test
    void flat_mapping_a_refusal_skips_the_next_step() {
        Outcome<Integer> refused = Outcome.rejected(Refusal.NOT_YOUR_CHARACTER, "not yours");

        Outcome<Integer> chained = refused.flatMap(value -> {
            throw new AssertionError("must not run");
        });

        assertThat(chained).isEqualTo(refused);
    }

    @Test
    void an_invalid_request_names_its_fields() {
        assertThat(Outcome.invalid(List.of(SHORT_NAME))).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
            assertThat(rejected.fields()).containsExactly(SHORT_NAME);
        });
    }

    @Test
    void the_fields_of_a_refusal_cannot_change_afterwards() {
        List<FieldProblem> fields = new ArrayList<>(List.of(SHORT_NAME));
        Outcome.Rejected<Integer> rejected = new Outcome.Rejected<>(Refusal.VALIDATION_FAILED, "bad", fields);

        fields.clear();

        assertThat(rejected.fields()).containsExactly(SHORT_NAME);
    }

    @Test
    void a_done_outcome_always_has_a_value() {
        assertThatNullPointerException().isThrownBy(() -> Outcome.done(null));
    }
}
