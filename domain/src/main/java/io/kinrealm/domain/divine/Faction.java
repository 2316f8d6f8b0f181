package io.kinrealm.domain.divine;

import java.util.Locale;

/** The three divine factions a character may be devoted to. */
public enum Faction {
    ORDER, CHAOS, VOID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
