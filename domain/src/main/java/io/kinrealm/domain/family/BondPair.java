package io.kinrealm.domain.family;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The three bonds inside a family, each between two of its members. */
public enum BondPair {
    PLAYER_ASHNAR(FamilyMember.PLAYER, FamilyMember.ASHNAR),
    PLAYER_IRIL(FamilyMember.PLAYER, FamilyMember.IRIL),
    ASHNAR_IRIL(FamilyMember.ASHNAR, FamilyMember.IRIL);

    private final FamilyMember first;
    private final FamilyMember second;

    BondPair(FamilyMember first, FamilyMember second) {
        this.first = first;
        this.second = second;
    }

    /** The bond between the player and one companion. */
    public static BondPair playerAnd(Companion companion) {
        return switch (companion) {
            case ASHNAR -> PLAYER_ASHNAR;
            case IRIL -> PLAYER_IRIL;
        };
    }

    /** The two bonds a companion takes part in. */
    public static Set<BondPair> of(Companion companion) {
        EnumSet<BondPair> pairs = EnumSet.noneOf(BondPair.class);
        for (BondPair pair : values()) {
            if (pair.involves(FamilyMember.of(companion))) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    public boolean involves(FamilyMember member) {
        return first == member || second == member;
    }

    /** Whether both members of this bond are among {@code members}. */
    public boolean joins(Set<FamilyMember> members) {
        return members.contains(first) && members.contains(second);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
