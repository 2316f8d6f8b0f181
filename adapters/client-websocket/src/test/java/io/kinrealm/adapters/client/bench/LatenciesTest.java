package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_are_read_in_milliseconds_within_a_tenth_of_a_percent() {
        Latencies latencies = new Latencies();
        IntStream.rangeClosed(1, 1000).forEach(ms -> latencies.recordNanos(ms * 1_000_000L));

        assertThat(latencies.percentileMs(50)).isCloseTo(500, within(0.5));
        assertThat(latencies.percentileMs(95)).isCloseTo(950, within(1.0));
        assertThat(latencies.percentileMs(99)).isCloseTo(990, within(1.0));
        assertThat(latencies.maxMs()).isCloseTo(1000, within(1.0));
        assertThat(latencies.count()).isEqualTo(1000);
    }

    @Test
    void sub_millisecond_latencies_keep_their_microseconds() {
        Latencies latencies = new Latencies();
        latencies.recordNanos(350_000);

        assertThat(latencies.percentileMs(50)).isCloseTo(0.35, within(0.001));
    }

    @Test
    void no_deliveries_read_as_zero() {
        assertThat(new Latencies().percentileMs(99)).isZero();
        assertThat(new Latencies().maxMs()).isZero();
    }
}
