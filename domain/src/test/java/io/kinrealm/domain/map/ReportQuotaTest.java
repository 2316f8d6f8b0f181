package io.kinrealm.domain.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportQuotaTest {
    private static final MapRules RULES = MapRules.defaults();
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    /** Sends {@code count} reports at {@code at}; answers how many were accepted, and the quota after them. */
    private static int accepted(ReportQuota[] quota, int count, Instant at) {
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            Optional<ReportQuota> next = quota[0].take(at, RULES);
            if (next.isPresent()) {
                quota[0] = next.get();
                accepted++;
            }
        }
        return accepted;
    }

    @Test
    void ten_reports_a_second_are_accepted_and_the_rest_dropped() {
        ReportQuota[] quota = {ReportQuota.fresh(NOW)};

        assertThat(accepted(quota, 15, NOW)).isEqualTo(10);
        assertThat(accepted(quota, 5, NOW.plusMillis(999))).isZero();
    }

    @Test
    void a_new_second_brings_a_new_allowance() {
        ReportQuota[] quota = {ReportQuota.fresh(NOW)};
        accepted(quota, 10, NOW);

        assertThat(accepted(quota, 12, NOW.plus(Duration.ofSeconds(1)))).isEqualTo(10);
    }

    @Test
    void a_clock_that_went_back_opens_a_new_window_rather_than_locking_the_player_out() {
        ReportQuota[] quota = {ReportQuota.fresh(NOW)};
        accepted(quota, 10, NOW);

        assertThat(accepted(quota, 1, NOW.minusMillis(5))).isEqualTo(1);
    }

    @Test
    void the_allowance_comes_from_the_rule_book() {
        MapRules strict = new MapRules(RULES.gridSizes(), RULES.sectionMetres(), 2, RULES.batchInterval());
        Optional<ReportQuota> first = ReportQuota.fresh(NOW).take(NOW, strict);
        Optional<ReportQuota> second = first.orElseThrow().take(NOW, strict);

        assertThat(second.orElseThrow().take(NOW, strict)).isEmpty();
    }
}
