package io.kinrealm.domain.family;

import java.util.Locale;

/** The three members of a family that bonds tie together: the player character, Ashnar and Iril. */
public enum FamilyMember {
    PLAYER, ASHNAR, IRIL;

    /** The member a companion is. */
    public static FamilyMember of(Companion companion) {
        return switch (companion) {
            case ASHNAR -> ASHNAR;
            case IRIL -> IRIL;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
