package io.kinrealm.domain.family;

import java.time.Duration;
import java.time.Instant;

/**
 * Bonds fade when a family is left alone: after {@code graceDays} full days without any family interaction, every
 * bond loses {@code lossPerDay} per further full day, but never falls below {@code floor} by neglect (a bond already
 * below the floor stays where it is). Computed from the clock when read, never by a timer.
 *
 * @param graceDays  full days without interaction that cost nothing (3)
 * @param lossPerDay what each further full day costs every bond (1)
 * @param floor      the value neglect never pushes a bond below (20)
 */
public record NeglectRule(int graceDays, int lossPerDay, int floor) {
    public NeglectRule {
        if (graceDays < 0 || lossPerDay < 0 || floor < Bonds.MIN || floor > Bonds.MAX) {
            throw new IllegalArgumentException("neglect needs grace >= 0, loss >= 0 and a floor within 0..100");
        }
    }

    /** The rules sheet: after 3 days, -1 per further full day, never below 20. */
    public static NeglectRule defaults() {
        return new NeglectRule(3, 1, 20);
    }

    /** What neglect has cost each bond by {@code now}, for a family last seen together at {@code lastInteraction}. */
    public int lossBetween(Instant lastInteraction, Instant now) {
        long fullDays = Math.max(0, Duration.between(lastInteraction, now).toDays());
        long neglectedDays = Math.max(0, fullDays - graceDays);
        return (int) Math.min(Bonds.MAX, neglectedDays * lossPerDay);
    }

    /** The bonds as they stand at {@code now} once neglect since {@code lastInteraction} has taken its toll. */
    public Bonds decay(Bonds bonds, Instant lastInteraction, Instant now) {
        int loss = lossBetween(lastInteraction, now);
        Bonds decayed = bonds;
        for (BondPair pair : BondPair.values()) {
            int value = bonds.of(pair);
            if (value > floor) {
                decayed = decayed.with(pair, Math.max(floor, value - loss));
            }
        }
        return decayed;
    }
}
