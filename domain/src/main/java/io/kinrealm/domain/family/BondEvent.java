package io.kinrealm.domain.family;

import io.kinrealm.domain.divine.Faction;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something that happened between the members of a family and moves their bonds. Each event names the pairs it
 * concerns and takes its delta from the rules; every bond event also counts as a family interaction.
 */
public sealed interface BondEvent {

    BondCause cause();

    /** The bonds this event moves. */
    Set<BondPair> pairsConcerned();

    /** How much this event moves each pair it concerns, under these deltas. */
    int delta(BondDeltas deltas);

    /** A battle was won; each pair whose two members both stand at the end grows closer. */
    record SharedVictory(Set<FamilyMember> standing) implements BondEvent {
        public SharedVictory {
            standing = Set.copyOf(standing);
        }

        @Override
        public BondCause cause() {
            return BondCause.SHARED_VICTORY;
        }

        @Override
        public Set<BondPair> pairsConcerned() {
            EnumSet<BondPair> pairs = EnumSet.noneOf(BondPair.class);
            for (BondPair pair : BondPair.values()) {
                if (pair.joins(standing)) {
                    pairs.add(pair);
                }
            }
            return pairs;
        }

        @Override
        public int delta(BondDeltas deltas) {
            return deltas.sharedVictory();
        }
    }

    /** The player gave a gift to one companion. */
    record GiftGiven(Companion to) implements BondEvent {
        public GiftGiven {
            Objects.requireNonNull(to, "companion");
        }

        @Override
        public BondCause cause() {
            return BondCause.GIFT;
        }

        @Override
        public Set<BondPair> pairsConcerned() {
            return EnumSet.of(BondPair.playerAnd(to));
        }

        @Override
        public int delta(BondDeltas deltas) {
            return deltas.gift();
        }
    }

    /** One member of the pair protected the other. */
    record Protected(BondPair pair) implements BondEvent {
        public Protected {
            Objects.requireNonNull(pair, "pair");
        }

        @Override
        public BondCause cause() {
            return BondCause.PROTECTED;
        }

        @Override
        public Set<BondPair> pairsConcerned() {
            return EnumSet.of(pair);
        }

        @Override
        public int delta(BondDeltas deltas) {
            return deltas.protection();
        }
    }

    /** A companion was downed in a lost battle and left behind; both of its bonds suffer. */
    record Abandoned(Companion downed) implements BondEvent {
        public Abandoned {
            Objects.requireNonNull(downed, "companion");
        }

        @Override
        public BondCause cause() {
            return BondCause.ABANDONED;
        }

        @Override
        public Set<BondPair> pairsConcerned() {
            return BondPair.of(downed);
        }

        @Override
        public int delta(BondDeltas deltas) {
            return deltas.abandonment();
        }
    }

    /**
     * The player did a deed of a faction: an Order deed strains Ashnar's two bonds (he leans Chaos), a Chaos deed
     * strains Iril's two bonds (she leans Order), a Void deed strains none.
     */
    record ConflictingDeed(Faction deed) implements BondEvent {
        public ConflictingDeed {
            Objects.requireNonNull(deed, "faction");
        }

        @Override
        public BondCause cause() {
            return BondCause.CONFLICTING_DEED;
        }

        @Override
        public Set<BondPair> pairsConcerned() {
            EnumSet<BondPair> pairs = EnumSet.noneOf(BondPair.class);
            for (Companion companion : Companion.values()) {
                if (companion.isStrainedByDeedOf(deed)) {
                    pairs.addAll(BondPair.of(companion));
                }
            }
            return pairs;
        }

        @Override
        public int delta(BondDeltas deltas) {
            return deltas.conflictingDeed();
        }
    }
}
