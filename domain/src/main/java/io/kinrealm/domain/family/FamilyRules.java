package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.Stats;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * The family numbers designers may tune.
 *
 * @param startingBonds           bonds of a newly founded family (player-Ashnar, player-Iril, Ashnar-Iril)
 * @param warmFrom                lowest bond value that counts as Warm (below it: Strained)
 * @param closeFrom               lowest bond value that counts as Close
 * @param unbreakableFrom         lowest bond value that counts as Unbreakable
 * @param maxKin                  how many other characters a family may grant kin access to (pending grants count)
 * @param deltas                  how much each bond event moves the pairs it concerns
 * @param neglect                 how bonds fade when the family is left alone
 * @param cooperativeBonusPercent what an Unbreakable pair adds to their cooperative actions, in percent
 * @param companionStats          the stats Ashnar and Iril are born with
 */
public record FamilyRules(Bonds startingBonds, int warmFrom, int closeFrom, int unbreakableFrom, int maxKin,
                          BondDeltas deltas, NeglectRule neglect, int cooperativeBonusPercent,
                          Map<Companion, Stats> companionStats) {
    /** Ashnar, the fighter who leans Chaos: sturdy and hard-hitting, slow. Our choice; the sheet gives none. */
    public static final Stats ASHNAR_STATS = new Stats(120, 14, 10, 8);
    /** Iril, the healer who leans Order: frailer and gentler, quick. Our choice; the sheet gives none. */
    public static final Stats IRIL_STATS = new Stats(90, 8, 8, 12);

    public FamilyRules {
        Objects.requireNonNull(startingBonds, "starting bonds");
        Objects.requireNonNull(deltas, "deltas");
        Objects.requireNonNull(neglect, "neglect");
        companionStats = Map.copyOf(companionStats);
        if (!companionStats.keySet().containsAll(EnumSet.allOf(Companion.class))) {
            throw new IllegalArgumentException("both companions need their stats");
        }
        if (!(0 < warmFrom && warmFrom < closeFrom && closeFrom < unbreakableFrom && unbreakableFrom <= Bonds.MAX)) {
            throw new IllegalArgumentException("tier thresholds must rise strictly within 1..100");
        }
        if (maxKin < 0) {
            throw new IllegalArgumentException("max kin must not be negative");
        }
        if (cooperativeBonusPercent < 0) {
            throw new IllegalArgumentException("cooperative bonus must not be negative");
        }
    }

    /** Custom thresholds and kin limit with the sheet's deltas, neglect and cooperative bonus, and our stats. */
    public FamilyRules(Bonds startingBonds, int warmFrom, int closeFrom, int unbreakableFrom, int maxKin) {
        this(startingBonds, warmFrom, closeFrom, unbreakableFrom, maxKin, BondDeltas.defaults(),
                NeglectRule.defaults(), 10, Map.of(Companion.ASHNAR, ASHNAR_STATS, Companion.IRIL, IRIL_STATS));
    }

    /** The stats a companion is born with. */
    public Stats statsOf(Companion companion) {
        return companionStats.get(companion);
    }

    /**
     * The rules sheet: bonds start 50/50/40; Strained 0-19, Warm 20-49, Close 50-79, Unbreakable 80-100; 4 kin;
     * victory +3, gift +5, protected +4, abandoned -8, conflicting deed -5; neglect -1 a day after 3 days, never
     * below 20; Unbreakable pairs +10% on cooperative actions; Ashnar 120 hp, attack 14, defence 10, speed 8 and Iril
     * 90 hp, attack 8, defence 8, speed 12 (our choice).
     */
    public static FamilyRules defaults() {
        return new FamilyRules(new Bonds(50, 50, 40), 20, 50, 80, 4);
    }

    public BondTier tierOf(int bondValue) {
        if (bondValue >= unbreakableFrom) {
            return BondTier.UNBREAKABLE;
        }
        if (bondValue >= closeFrom) {
            return BondTier.CLOSE;
        }
        return bondValue >= warmFrom ? BondTier.WARM : BondTier.STRAINED;
    }
}
