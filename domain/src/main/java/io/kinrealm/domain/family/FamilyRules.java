package io.kinrealm.domain.family;

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
 */
public record FamilyRules(Bonds startingBonds, int warmFrom, int closeFrom, int unbreakableFrom, int maxKin,
                          BondDeltas deltas, NeglectRule neglect, int cooperativeBonusPercent) {
    public FamilyRules {
        Objects.requireNonNull(startingBonds, "starting bonds");
        Objects.requireNonNull(deltas, "deltas");
        Objects.requireNonNull(neglect, "neglect");
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

    /** Custom thresholds and kin limit with the sheet's deltas, neglect and cooperative bonus. */
    public FamilyRules(Bonds startingBonds, int warmFrom, int closeFrom, int unbreakableFrom, int maxKin) {
        this(startingBonds, warmFrom, closeFrom, unbreakableFrom, maxKin, BondDeltas.defaults(),
                NeglectRule.defaults(), 10);
    }

    /**
     * The rules sheet: bonds start 50/50/40; Strained 0-19, Warm 20-49, Close 50-79, Unbreakable 80-100; 4 kin;
     * victory +3, gift +5, protected +4, abandoned -8, conflicting deed -5; neglect -1 a day after 3 days, never
     * below 20; Unbreakable pairs +10% on cooperative actions.
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
