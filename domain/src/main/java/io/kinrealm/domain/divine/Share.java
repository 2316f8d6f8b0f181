package io.kinrealm.domain.divine;

/**
 * The exact part of a character's devotion that goes to one faction: {@code points / total}, kept as a fraction so
 * that the thresholds of the rule sheet (40% dominant, 60% devout) are decided without rounding.
 *
 * @param points the faction's points
 * @param total  the character's points over all factions, at least 1 (a character with no points has share zero)
 */
public record Share(long points, long total) implements Comparable<Share> {
    /** The share of a faction when the character has no points at all. */
    public static final Share ZERO = new Share(0, 1);

    public Share {
        if (total < 1 || points < 0 || points > total) {
            throw new IllegalArgumentException("a share is points out of a positive total, never more than it");
        }
    }

    /** The share of {@code points} out of {@code total}; zero when there are no points at all. */
    public static Share of(long points, long total) {
        return total == 0 ? ZERO : new Share(points, total);
    }

    /** Whether this share reaches {@code percent} percent, decided exactly. */
    public boolean isAtLeastPercent(int percent) {
        return points * 100 >= (long) percent * total;
    }

    /** The share as a number between 0 and 1, for odds and display; rules compare exact fractions instead. */
    public double asFraction() {
        return (double) points / total;
    }

    /** The share in percent, unrounded (66.666... for two thirds). */
    public double asPercent() {
        return 100.0 * points / total;
    }

    @Override
    public int compareTo(Share other) {
        return Long.compare(points * other.total, other.points * total);
    }
}
