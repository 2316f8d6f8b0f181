package io.kinrealm.domain.family;

import java.util.Locale;

/** How strong a bond feels in play; the thresholds live in {@link FamilyRules}. */
public enum BondTier {
    STRAINED, WARM, CLOSE, UNBREAKABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
