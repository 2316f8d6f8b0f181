package io.kinrealm.domain.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportQuotaTest {
    private static final MapRules RULES = MapRules.defaults();
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    /** Sends reports at these offsets from NOW, in milliseconds; answers which were taken. */
    private static List<Boolean> send(MapRules rules, long... millis) {
        ReportQuota quota = null;
        List<Boolean> taken = new ArrayList<>();
        for (long offset : millis) {
            Instant at = NOW.plusMillis(offset);
            Optional<ReportQuota> next = (quota == null ? ReportQuota.fresh(at) : quota).take(at, rules);
            taken.add(next.isPresent());
            quota = next.orElse(quota);
        }
        return taken;
    }

    private static long taken(List<Boolean> reports) {
        return reports.stream().filter(Boolean::booleanValue).count();
    }

    /** {@code count} reports spread evenly over one second. */
    private static long[] evenly(int count) {
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = i * 1000L / count;
        }
        return offsets;
    }

    @ParameterizedTest(name = "{0} reports within a second: {1} taken")
    @CsvSource({"9, 9", "10, 10", "11, 10", "15, 10"})
    void ten_reports_a_second_are_taken_and_the_rest_dropped(int sent, int expected) {
        assertThat(taken(send(RULES, evenly(sent)))).isEqualTo(expected);
    }

    @Test
    void a_report_up_to_fifty_milliseconds_early_is_taken_and_an_earlier_one_dropped() {
        assertThat(send(RULES, 0, 50)).containsExactly(true, true);
        assertThat(send(RULES, 0, 49)).containsExactly(true, false);
    }

    @Test
    void an_early_report_borrows_from_the_next_so_the_rate_holds_over_time() {
        assertThat(send(RULES, 0, 50, 100, 150)).containsExactly(true, true, false, true);

        long[] flood = new long[200];
        for (int i = 0; i < flood.length; i++) {
            flood[i] = i * 25L;
        }
        assertThat(taken(send(RULES, flood))).as("a client sending 40 a second for 5 s").isBetween(50L, 51L);
    }

    @Test
    void a_client_ticking_ten_times_a_second_whose_timer_wobbles_loses_nothing() {
        Random wobble = new Random(7);
        long[] ticks = new long[600];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = 100L * (i + 1) + wobble.nextInt(-25, 26);
        }

        assertThat(taken(send(RULES, ticks))).isEqualTo(600);
    }

    @Test
    void reports_sent_all_at_once_are_dropped_but_the_first() {
        assertThat(send(RULES, 0, 0, 0, 0, 0)).containsExactly(true, false, false, false, false);
    }

    @Test
    void a_clock_that_went_back_does_not_lock_the_player_out() {
        ReportQuota ahead = new ReportQuota(NOW.plusSeconds(30));

        assertThat(ahead.take(NOW, RULES)).contains(new ReportQuota(NOW.plus(RULES.reportInterval())));
    }

    @Test
    void a_quota_at_rest_can_be_forgotten() {
        ReportQuota quota = ReportQuota.fresh(NOW).take(NOW, RULES).orElseThrow();

        assertThat(quota.expiredAt(NOW.plusMillis(99))).isFalse();
        assertThat(quota.expiredAt(NOW.plusMillis(100))).isTrue();
    }

    @Test
    void the_rate_and_the_slack_come_from_the_rule_book() {
        MapRules strict = new MapRules(RULES.gridSizes(), RULES.sectionMetres(), 2, Duration.ZERO,
                RULES.batchInterval());

        assertThat(send(strict, 0, 499, 500, 999, 1000)).containsExactly(true, false, true, false, true);
        assertThatIllegalArgumentException().isThrownBy(() -> new MapRules(RULES.gridSizes(),
                RULES.sectionMetres(), 10, Duration.ofMillis(100), RULES.batchInterval()));
    }
}
