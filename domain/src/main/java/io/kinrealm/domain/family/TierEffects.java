package io.kinrealm.domain.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * What bonds unlock, as the rules sheet says: player-Ashnar Close or better unlocks Twin Strike, player-Iril Close
 * or better unlocks Iril's translation, and an Unbreakable pair gets a bonus on its cooperative actions.
 */
public final class TierEffects {
    private TierEffects() {
    }

    /** The effects these bonds unlock under these rules. */
    public static Set<FamilyEffect> unlockedBy(Bonds bonds, FamilyRules rules) {
        EnumSet<FamilyEffect> effects = EnumSet.noneOf(FamilyEffect.class);
        if (isCloseOrBetter(bonds, BondPair.PLAYER_ASHNAR, rules)) {
            effects.add(FamilyEffect.TWIN_STRIKE);
        }
        if (isCloseOrBetter(bonds, BondPair.PLAYER_IRIL, rules)) {
            effects.add(FamilyEffect.IRIL_TRANSLATION);
        }
        return Set.copyOf(effects);
    }

    /** The bonus on a pair's cooperative actions, as a fraction (0.10 for +10%); zero below Unbreakable. */
    public static double cooperativeBonus(Bonds bonds, BondPair pair, FamilyRules rules) {
        boolean unbreakable = rules.tierOf(bonds.of(pair)) == BondTier.UNBREAKABLE;
        return unbreakable ? rules.cooperativeBonusPercent() / 100.0 : 0.0;
    }

    private static boolean isCloseOrBetter(Bonds bonds, BondPair pair, FamilyRules rules) {
        return rules.tierOf(bonds.of(pair)).compareTo(BondTier.CLOSE) >= 0;
    }
}
