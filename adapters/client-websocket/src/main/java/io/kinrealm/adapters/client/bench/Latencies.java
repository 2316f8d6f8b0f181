package io.kinrealm.adapters.client.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;

/** Delivery latencies, recorded from many threads without locks, in microseconds with three significant digits. */
final class Latencies {
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(HIGHEST_MICROS, 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.clamp(nanos / 1_000, 0, HIGHEST_MICROS));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency under which {@code percentile} percent of the deliveries fall, in milliseconds (0 when none). */
    double percentileMs(double percentile) {
        return count() == 0 ? 0 : millis(histogram.getValueAtPercentile(percentile));
    }

    double maxMs() {
        return count() == 0 ? 0 : millis(histogram.getMaxValue());
    }

    private static double millis(long micros) {
        return micros / 1_000.0;
    }
}
