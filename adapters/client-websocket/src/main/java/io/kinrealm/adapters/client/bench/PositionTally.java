package io.kinrealm.adapters.client.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What happened to every player's position reports in the positions scenario, counted from many threads by the
 * players' {@link PositionTrack}s. Only reports sent in the measured phase count, and only events received once the
 * player's measured phase began.
 */
final class PositionTally {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder shown = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final LongAdder supersededLate = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final LongAdder repeated = new LongAdder();
    private final LongAdder stale = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final Latencies latencies = new Latencies();
    private volatile long lastShownNanos;
    private volatile long lastEventNanos;

    void sending(boolean measured) {
        inFlight.incrementAndGet();
        if (measured) {
            sent.increment();
        }
    }

    void answered(boolean measured, boolean taken) {
        inFlight.decrementAndGet();
        if (measured) {
            (taken ? accepted : dropped).increment();
        }
    }

    void failed(boolean measured) {
        inFlight.decrementAndGet();
        if (measured) {
            errors.increment();
        }
    }

    /** A measured report was shown back, {@code latencyNanos} after it was sent. */
    void shown(long latencyNanos, long nowNanos) {
        latencies.recordNanos(latencyNanos);
        shown.increment();
        lastShownNanos = nowNanos;
    }

    /** A measured, accepted report was never shown: a later one was shown first; {@code late} when sent 200 ms on. */
    void superseded(boolean late) {
        superseded.increment();
        if (late) {
            supersededLate.increment();
        }
    }

    void event(long nowNanos) {
        events.increment();
        lastEventNanos = nowNanos;
    }

    /** An event that showed again the report the last event showed. */
    void repeated() {
        repeated.increment();
    }

    /** An event that showed an older report than one already shown, or no position of the player at all. */
    void stale() {
        stale.increment();
    }

    void reconnected() {
        reconnects.increment();
    }

    /** Reports sent and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    /**
     * The run's figures in the chat scenario's shape (a report that must be shown back counts as an expected delivery;
     * {@code missing} is the measured accepted reports never shown nor superseded) and the scenario's own.
     */
    String toJson(int connected, int connectFailures, long measureFromNanos, long missing, int durationSeconds,
                  Map<String, Object> processes) {
        long delivered = shown.sum();
        BenchResult common = new BenchResult(connected, connectFailures, accepted.sum() + dropped.sum(),
                delivered + missing, delivered, 0, delivered, perSecond(delivered, lastShownNanos, measureFromNanos),
                latencies.percentileMs(50), latencies.percentileMs(95), latencies.percentileMs(99),
                latencies.maxMs(), repeated.sum() + stale.sum(), 0, errors.sum(), reconnects.sum());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("scenario", Scenario.POSITIONS.argument());
        fields.put("reports_sent", sent.sum());
        fields.put("reports_per_s", Math.round(sent.sum() * 10.0 / durationSeconds) / 10.0);
        fields.put("reports_accepted", accepted.sum());
        fields.put("reports_dropped", dropped.sum());
        fields.put("events_received", events.sum());
        fields.put("events_per_s", Math.round(perSecond(events.sum(), lastEventNanos, measureFromNanos) * 10) / 10.0);
        fields.put("positions_shown", delivered);
        fields.put("superseded", superseded.sum());
        fields.put("superseded_late", supersededLate.sum());
        fields.put("missing", missing);
        fields.put("repeated_events", repeated.sum());
        fields.put("stale_events", stale.sum());
        fields.putAll(processes);
        return common.toJson(fields);
    }

    private static double perSecond(long count, long lastNanos, long fromNanos) {
        return count == 0 ? 0 : count / Math.max(1e-9, (lastNanos - fromNanos) / 1e9);
    }
}
