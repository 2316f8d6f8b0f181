package io.kinrealm.domain.family;

import java.util.Locale;

/** What a companion was last told to do: follow the player (the default) or stay where it stands. */
public enum CompanionOrder {
    FOLLOW, STAY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
