package io.kinrealm.domain.divine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three divine factions a character may be devoted to. */
public enum Faction {
    ORDER, CHAOS, VOID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The faction with this id ({@code order}, {@code chaos}, {@code void}); empty for anything else. */
    public static Optional<Faction> fromId(String id) {
        return Arrays.stream(values()).filter(faction -> faction.id().equals(id)).findFirst();
    }
}
