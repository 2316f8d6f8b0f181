package io.kinrealm.adapters.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void the_delay_doubles_at_each_attempt_up_to_the_maximum() {
        assertThat(IntStream.range(0, 9).mapToLong(backoff::ceiling).boxed().toList())
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
        assertThat(backoff.ceiling(1_000)).isEqualTo(5000L);
    }

    @Test
    void each_delay_is_drawn_between_half_and_all_of_its_ceiling() {
        Random random = new Random(42);
        IntStream.range(0, 1000).forEach(i -> assertThat(backoff.delay(i % 8, random).toMillis())
                .isBetween(backoff.ceiling(i % 8) / 2, backoff.ceiling(i % 8)));
        assertThat(IntStream.range(0, 100).mapToLong(i -> backoff.delay(3, random).toMillis()).distinct().count())
                .isGreaterThan(10);
    }
}
