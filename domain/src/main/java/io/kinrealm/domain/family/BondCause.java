package io.kinrealm.domain.family;

import java.util.Locale;

/** Why a bond moved: one of the bond events of the rules sheet, or neglect. */
public enum BondCause {
    SHARED_VICTORY, GIFT, PROTECTED, ABANDONED, CONFLICTING_DEED, NEGLECT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
