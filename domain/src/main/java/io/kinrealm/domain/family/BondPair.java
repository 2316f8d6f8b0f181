package io.kinrealm.domain.family;

import java.util.Locale;

/** The three bonds inside a family. */
public enum BondPair {
    PLAYER_ASHNAR, PLAYER_IRIL, ASHNAR_IRIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
