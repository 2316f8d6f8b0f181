package io.kinrealm.domain.family;

import java.util.Locale;

/** What a strong enough bond unlocks in play. */
public enum FamilyEffect {
    /** Player and Ashnar strike as one; unlocked when their bond is Close or better. */
    TWIN_STRIKE,
    /** Iril translates the languages the player does not understand; unlocked when their bond is Close or better. */
    IRIL_TRANSLATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
