package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.family.port.in.FlushPositionsUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {
    private final AtomicLong now = new AtomicLong();
    private RuntimeException failure = new InfrastructureException("redis", "connection refused", null);
    private int flushes;

    private final FlushPositionsUseCase flush = new FlushPositionsUseCase() {
        @Override
        public int flush() {
            flushes++;
            if (failure != null) {
                throw failure;
            }
            return 1;
        }

        @Override
        public Duration interval() {
            return Duration.ofMillis(100);
        }
    };
    private final PeriodicTask batches = new PeriodicTask(flush::flush, now::get);

    @Test
    void a_dependency_that_stays_down_is_told_to_the_log_once_every_thirty_seconds_not_every_round() {
        for (int round = 0; round < 300; round++) {
            batches.run();
            now.addAndGet(Duration.ofMillis(100).toNanos());
        }

        assertThat(flushes).isEqualTo(300);
        assertThat(batches.warnings()).isEqualTo(1);

        now.addAndGet(PeriodicTask.WARNING_INTERVAL.toNanos());
        batches.run();
        assertThat(batches.warnings()).isEqualTo(2);
    }

    @Test
    void a_bug_is_not_hidden_as_a_dependency_failure() {
        failure = new IllegalStateException("bug");

        assertThatThrownBy(batches::run).isInstanceOf(IllegalStateException.class);
        assertThat(batches.warnings()).isZero();
    }
}
