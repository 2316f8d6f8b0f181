package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Fifty requests a second per connection, with a burst of fifty. */
class RequestBucketTest {
    private static final long SECOND = 1_000_000_000L;

    private final RequestBucket bucket = new RequestBucket(50, 0);

    @Test
    void a_burst_of_fifty_is_allowed_and_the_fifty_first_is_not() {
        assertThat(IntStream.range(0, 50).allMatch(i -> bucket.tryTake(0))).isTrue();

        assertThat(bucket.tryTake(0)).isFalse();
    }

    @Test
    void the_allowance_refills_at_fifty_a_second() {
        IntStream.range(0, 50).forEach(i -> bucket.tryTake(0));

        assertThat(bucket.tryTake(SECOND / 100)).isFalse();
        assertThat(bucket.tryTake(SECOND / 50)).isTrue();
        assertThat(bucket.tryTake(SECOND / 50)).isFalse();
    }

    @Test
    void an_idle_connection_does_not_save_up_more_than_one_burst() {
        IntStream.range(0, 50).forEach(i -> bucket.tryTake(0));

        long later = 60 * SECOND;
        assertThat(IntStream.range(0, 50).allMatch(i -> bucket.tryTake(later))).isTrue();
        assertThat(bucket.tryTake(later)).isFalse();
    }
}
