package io.kinrealm.domain.language;

/**
 * How well a character knows one language, from 0 (not a word) to 100 (every word). The comprehension rule reads it
 * as the share of the vocabulary understood, see {@link WordComprehension}.
 *
 * @param value 0..100
 */
public record Proficiency(int value) {
    public static final int MIN = 0;
    public static final int MAX = 100;

    /** Not a single word. */
    public static final Proficiency NONE = new Proficiency(MIN);
    /** Every word: the level of Common and of a character's native tongue. */
    public static final Proficiency FLUENT = new Proficiency(MAX);

    public Proficiency {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("proficiency must be 0..100, was " + value);
        }
    }

    /** This proficiency raised by {@code points} of learning, never above 100. */
    public Proficiency raisedBy(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("learning cannot lower a proficiency, points were " + points);
        }
        return new Proficiency((int) Math.min(MAX, (long) value + points));
    }

    public boolean isFluent() {
        return value == MAX;
    }
}
