package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PositionTrackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final PositionTally tally = new PositionTally();
    private final PositionTrack track = new PositionTrack("aria", tally);

    @Test
    void a_report_shown_back_counts_its_latency_from_sending_to_the_event() throws Exception {
        PositionTrack.Report report = track.send(1_000 * MS, true);
        track.replied(report, true);
        track.shown(report.x(), 1_042 * MS);

        JsonNode figures = figures();
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
        assertThat(figures.path("p50_ms").asDouble()).isCloseTo(42, within(0.1));
        assertThat(figures.path("events_received").asLong()).isEqualTo(1);
        assertThat(figures.path("missing").asLong()).isZero();
        assertThat(figures.path("loss_ratio").asDouble()).isZero();
        assertThat(track.waiting()).isFalse();
    }

    @Test
    void a_report_followed_by_another_before_the_batch_is_superseded_not_missing() throws Exception {
        PositionTrack.Report first = track.send(1_000 * MS, true);
        PositionTrack.Report second = track.send(1_050 * MS, true);
        track.replied(first, true);
        track.replied(second, true);
        track.shown(second.x(), 1_100 * MS);

        JsonNode figures = figures();
        assertThat(figures.path("reports_accepted").asLong()).isEqualTo(2);
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
        assertThat(figures.path("superseded").asLong()).isEqualTo(1);
        assertThat(figures.path("superseded_late").asLong()).isZero();
        assertThat(figures.path("missing").asLong()).isZero();
        assertThat(figures.path("expected_deliveries").asLong()).isEqualTo(1);
        assertThat(figures.path("p99_ms").asDouble()).isCloseTo(50, within(0.1));
    }

    @Test
    void a_report_skipped_by_a_successor_sent_200_ms_later_is_superseded_late() throws Exception {
        PositionTrack.Report first = track.send(1_000 * MS, true);
        track.replied(first, true);
        PositionTrack.Report second = track.send(1_200 * MS, true);
        track.replied(second, true);
        track.shown(second.x(), 1_250 * MS);

        JsonNode figures = figures();
        assertThat(figures.path("superseded").asLong()).isEqualTo(1);
        assertThat(figures.path("superseded_late").asLong()).isEqualTo(1);
    }

    @Test
    void an_accepted_report_never_shown_is_missing_and_keeps_the_run_draining() throws Exception {
        PositionTrack.Report shown = track.send(1_000 * MS, true);
        track.replied(shown, true);
        track.shown(shown.x(), 1_080 * MS);
        PositionTrack.Report lost = track.send(1_100 * MS, true);
        track.replied(lost, true);

        JsonNode figures = figures();
        assertThat(track.waiting()).isTrue();
        assertThat(figures.path("missing").asLong()).isEqualTo(1);
        assertThat(figures.path("expected_deliveries").asLong()).isEqualTo(2);
        assertThat(figures.path("loss_ratio").asDouble()).isEqualTo(0.5);
    }

    @Test
    void a_dropped_report_is_counted_as_dropped_and_expected_nowhere() throws Exception {
        PositionTrack.Report dropped = track.send(1_000 * MS, true);
        track.replied(dropped, false);

        JsonNode figures = figures();
        assertThat(figures.path("reports_sent").asLong()).isEqualTo(1);
        assertThat(figures.path("reports_dropped").asLong()).isEqualTo(1);
        assertThat(figures.path("sent").asLong()).isEqualTo(1);
        assertThat(figures.path("missing").asLong()).isZero();
        assertThat(figures.path("superseded").asLong()).isZero();
        assertThat(track.waiting()).isFalse();
    }

    @Test
    void an_event_that_arrives_before_the_reply_still_shows_the_report() throws Exception {
        PositionTrack.Report report = track.send(1_000 * MS, true);
        track.shown(report.x(), 1_030 * MS);
        track.replied(report, true);

        JsonNode figures = figures();
        assertThat(figures.path("reports_accepted").asLong()).isEqualTo(1);
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
        assertThat(figures.path("missing").asLong()).isZero();
        assertThat(tally.inFlight()).isZero();
    }

    @Test
    void a_report_skipped_before_its_reply_is_superseded_only_if_the_server_took_it() throws Exception {
        PositionTrack.Report taken = track.send(1_000 * MS, true);
        PositionTrack.Report refused = track.send(1_010 * MS, true);
        PositionTrack.Report latest = track.send(1_020 * MS, true);
        track.replied(latest, true);
        track.shown(latest.x(), 1_100 * MS);
        track.replied(taken, true);
        track.replied(refused, false);

        JsonNode figures = figures();
        assertThat(figures.path("superseded").asLong()).isEqualTo(1);
        assertThat(figures.path("reports_dropped").asLong()).isEqualTo(1);
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
        assertThat(figures.path("missing").asLong()).isZero();
    }

    @Test
    void an_event_showing_the_same_report_again_is_a_repeat_and_an_older_one_or_none_is_stale() throws Exception {
        PositionTrack.Report older = track.send(1_000 * MS, true);
        PositionTrack.Report report = track.send(1_010 * MS, true);
        track.replied(older, true);
        track.replied(report, true);
        track.shown(report.x(), 1_050 * MS);
        track.shown(report.x(), 1_150 * MS);
        track.shown(older.x(), 1_160 * MS);
        track.shownNothing(1_250 * MS);

        JsonNode figures = figures();
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
        assertThat(figures.path("events_received").asLong()).isEqualTo(4);
        assertThat(figures.path("repeated_events").asLong()).isEqualTo(1);
        assertThat(figures.path("stale_events").asLong()).isEqualTo(2);
        assertThat(figures.path("duplicates").asLong()).isEqualTo(3);
    }

    @Test
    void warm_up_reports_and_the_events_before_the_measured_phase_are_not_counted() throws Exception {
        PositionTrack.Report warmUp = track.send(1_000 * MS, false);
        track.replied(warmUp, true);
        track.shown(warmUp.x(), 1_050 * MS);
        PositionTrack.Report skipped = track.send(1_100 * MS, false);
        track.replied(skipped, true);
        PositionTrack.Report measured = track.send(1_150 * MS, true);
        track.replied(measured, true);
        track.shown(measured.x(), 1_200 * MS);

        JsonNode figures = figures();
        assertThat(figures.path("reports_sent").asLong()).isEqualTo(1);
        assertThat(figures.path("reports_accepted").asLong()).isEqualTo(1);
        assertThat(figures.path("superseded").asLong()).isZero();
        assertThat(figures.path("events_received").asLong()).isEqualTo(1);
        assertThat(figures.path("positions_shown").asLong()).isEqualTo(1);
    }

    @Test
    void reports_are_told_apart_by_x_which_stays_inside_the_section_and_wraps_after_10000() {
        PositionTrack.Report first = track.send(0, false);
        PositionTrack.Report last = first;
        for (int i = 1; i < PositionTrack.CODES; i++) {
            last = track.send(i, false);
        }
        PositionTrack.Report wrapped = track.send(PositionTrack.CODES, false);

        assertThat(first.x()).isZero();
        assertThat(last.x()).isEqualTo(99.99);
        assertThat(wrapped.x()).isZero();
    }

    @Test
    void a_failed_report_is_an_error_and_not_awaited() throws Exception {
        PositionTrack.Report report = track.send(1_000 * MS, true);
        track.failed(report);

        assertThat(figures().path("errors").asLong()).isEqualTo(1);
        assertThat(track.waiting()).isFalse();
        assertThat(tally.inFlight()).isZero();
    }

    private JsonNode figures() throws Exception {
        return JSON.readTree(tally.toJson(1, 0, 0, track.missing(), 1, Map.of()));
    }
}
