package io.kinrealm.domain.divine;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a character stands with the gods: the dominant faction, if any, and whether the character is devout to it.
 * A character without a dominant faction is Unaligned ({@code dominant} is empty) and is never devout.
 *
 * @param dominant the faction holding the largest share when that share is large enough; empty when Unaligned
 * @param devout   whether the dominant share is large enough for divine intervention
 */
public record Alignment(Optional<Faction> dominant, boolean devout) {
    private static final Alignment UNALIGNED = new Alignment(Optional.empty(), false);

    public Alignment {
        Objects.requireNonNull(dominant, "dominant");
        if (devout && dominant.isEmpty()) {
            throw new IllegalArgumentException("an Unaligned character is never devout");
        }
    }

    public static Alignment unaligned() {
        return UNALIGNED;
    }

    public static Alignment dominatedBy(Faction faction, boolean devout) {
        return new Alignment(Optional.of(faction), devout);
    }

    public boolean isUnaligned() {
        return dominant.isEmpty();
    }

    /** Whether {@code other} has a different dominant faction (or is Unaligned where this is not, or the reverse). */
    public boolean hasOtherDominantThan(Alignment other) {
        return !dominant.equals(other.dominant);
    }

    /** The public id of the dominant faction ({@code order}, {@code chaos}, {@code void}) or {@code unaligned}. */
    public String id() {
        return dominant.map(Faction::id).orElse("unaligned");
    }
}
