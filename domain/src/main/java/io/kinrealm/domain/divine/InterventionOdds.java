package io.kinrealm.domain.divine;

import java.util.Objects;
import java.util.Optional;

/**
 * The chance that a god intervenes for a character at the start of its turn, and what it would do. Combat rolls the
 * chance and enforces "at most once per battle per character"; this value only states the odds.
 *
 * @param kind   the intervention the character's god would grant; empty when no god will intervene
 * @param chance the probability, between 0 and 1; 0 when {@code kind} is empty
 */
public record InterventionOdds(Optional<DivineIntervention> kind, double chance) {
    private static final InterventionOdds NONE = new InterventionOdds(Optional.empty(), 0);

    public InterventionOdds {
        Objects.requireNonNull(kind, "kind");
        if (!(chance >= 0 && chance <= 1)) {
            throw new IllegalArgumentException("a chance lies between 0 and 1");
        }
        if (kind.isEmpty() && chance != 0) {
            throw new IllegalArgumentException("no intervention means no chance");
        }
    }

    /** No god will intervene. */
    public static InterventionOdds none() {
        return NONE;
    }

    public static InterventionOdds of(DivineIntervention kind, double chance) {
        return new InterventionOdds(Optional.of(kind), chance);
    }
}
