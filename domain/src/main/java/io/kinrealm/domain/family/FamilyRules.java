package io.kinrealm.domain.family;

import java.util.Objects;

/**
 * The family numbers designers may tune.
 *
 * @param startingBonds   bonds of a newly founded family (player-Ashnar, player-Iril, Ashnar-Iril)
 * @param warmFrom        lowest bond value that counts as Warm (below it: Strained)
 * @param closeFrom       lowest bond value that counts as Close
 * @param unbreakableFrom lowest bond value that counts as Unbreakable
 * @param maxKin          how many other characters a family may grant kin access to
 */
public record FamilyRules(Bonds startingBonds, int warmFrom, int closeFrom, int unbreakableFrom, int maxKin) {
    public FamilyRules {
        Objects.requireNonNull(startingBonds, "starting bonds");
        if (!(0 < warmFrom && warmFrom < closeFrom && closeFrom < unbreakableFrom && unbreakableFrom <= Bonds.MAX)) {
            throw new IllegalArgumentException("tier thresholds must rise strictly within 1..100");
        }
        if (maxKin < 0) {
            throw new IllegalArgumentException("max kin must not be negative");
        }
    }

    /** The rules sheet: bonds start 50/50/40; Strained 0-19, Warm 20-49, Close 50-79, Unbreakable 80-100; 4 kin. */
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
