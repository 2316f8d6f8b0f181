package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tells the family channel how bonds moved between two states: the changes, and the tiers that were crossed. */
final class BondLedger {
    private BondLedger() {
    }

    /** A BondChanged for every pair that moved, each followed by a BondTierChanged when it crossed a threshold. */
    static List<FamilyEvent> between(FamilyId family, Bonds before, Bonds after, BondCause cause, FamilyRules rules,
                                     Instant at) {
        List<FamilyEvent> events = new ArrayList<>();
        for (BondPair pair : BondPair.values()) {
            int from = before.of(pair);
            int to = after.of(pair);
            if (from == to) {
                continue;
            }
            events.add(new FamilyEvent.BondChanged(family, pair, from, to, to - from, cause, at));
            BondTier fromTier = rules.tierOf(from);
            BondTier toTier = rules.tierOf(to);
            if (fromTier != toTier) {
                events.add(new FamilyEvent.BondTierChanged(family, pair, fromTier, toTier, at));
            }
        }
        return events;
    }

    /** The bonds once {@code event} has moved each pair it concerns, clamped to 0..100. */
    static Bonds apply(Bonds bonds, BondEvent event, FamilyRules rules) {
        int delta = event.delta(rules.deltas());
        Bonds result = bonds;
        for (BondPair pair : event.pairsConcerned()) {
            result = result.shifted(pair, delta);
        }
        return result;
    }
}
