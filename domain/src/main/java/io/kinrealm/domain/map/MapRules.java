package io.kinrealm.domain.map;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The map numbers designers may tune.
 *
 * @param gridSizes          per zoom level (Continental, Regional, Local, Detail), the side n of the n x n grid of
 *                           sections it holds: a section of one level holds an n x n grid of the next
 * @param sectionMetres      the side of a detail section in metres; a position's x and y lie in {@code [0, side)}
 * @param reportsPerSecond   how many position reports a character may send a second: one every
 *                           {@code 1 / reportsPerSecond}; extra reports are dropped
 * @param reportSlack        how early a report may come and still be taken, so that a client's timer may wobble;
 *                           an early report borrows from the next one, so the average never rises above the rate
 * @param batchInterval      how often the moves gathered from reports are sent on, as one batch per audience
 */
public record MapRules(List<Integer> gridSizes, int sectionMetres, int reportsPerSecond, Duration reportSlack,
                       Duration batchInterval) {
    public static final int LEVELS = 4;

    public MapRules {
        gridSizes = List.copyOf(gridSizes);
        Objects.requireNonNull(reportSlack, "report slack");
        Objects.requireNonNull(batchInterval, "batch interval");
        if (gridSizes.size() != LEVELS) {
            throw new IllegalArgumentException("the map has exactly " + LEVELS + " zoom levels");
        }
        if (gridSizes.stream().anyMatch(n -> n < 1 || n > 1024)) {
            throw new IllegalArgumentException("a grid side is 1 to 1024 sections");
        }
        if (sectionMetres < 1) {
            throw new IllegalArgumentException("a detail section is at least one metre wide");
        }
        if (reportsPerSecond < 1) {
            throw new IllegalArgumentException("a character may report its position at least once a second");
        }
        if (reportSlack.isNegative() || reportSlack.compareTo(Duration.ofSeconds(1).dividedBy(reportsPerSecond)) >= 0) {
            throw new IllegalArgumentException("the report slack is at least 0 and shorter than the report interval");
        }
        if (batchInterval.isNegative() || batchInterval.isZero()) {
            throw new IllegalArgumentException("the batch interval must be positive");
        }
    }

    /**
     * The rules sheet: grids of 4, 8, 16 and 32 sections a side (16 to 1024 sections a view), at most 10 position
     * reports a second, moves batched every 100 ms; a detail section is 100 metres a side and a report may come 50 ms
     * early (our choices).
     */
    public static MapRules defaults() {
        return new MapRules(List.of(4, 8, 16, 32), 100, 10, Duration.ofMillis(50), Duration.ofMillis(100));
    }

    /** The time between two reports of one character: a second divided by {@link #reportsPerSecond()}. */
    public Duration reportInterval() {
        return Duration.ofSeconds(1).dividedBy(reportsPerSecond);
    }

    /** How many sections one section of {@code level} (0 = Continental) holds: n x n. */
    public int sectionsAt(int level) {
        int side = gridSizes.get(level);
        return side * side;
    }
}
