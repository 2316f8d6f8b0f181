package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    @Test
    void a_round_that_meets_a_failing_dependency_or_a_bug_does_not_end_the_rounds() {
        Housekeeping down = Housekeeping.start(() -> {
            throw new InfrastructureException("postgresql", "connection refused", null);
        });
        Housekeeping buggy = Housekeeping.start(() -> {
            throw new IllegalStateException("bug");
        });
        try {
            assertThatCode(down::round).doesNotThrowAnyException();
            assertThatCode(buggy::round).doesNotThrowAnyException();
        } finally {
            down.close();
            buggy.close();
        }
    }
}
