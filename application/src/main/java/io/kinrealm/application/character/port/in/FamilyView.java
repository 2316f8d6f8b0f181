package io.kinrealm.application.character.port.in;

import java.util.List;

/** A family as its owner sees it: the companions and the three bonds with their tiers. */
public record FamilyView(String id, String owner, List<CompanionView> companions, List<BondView> bonds) {
    public FamilyView {
        companions = List.copyOf(companions);
        bonds = List.copyOf(bonds);
    }

    /** A companion and what it was told to do. */
    public record CompanionView(String name, String order) {
    }

    /** One bond: which pair, its value 0-100 and its tier. */
    public record BondView(String pair, int value, String tier) {
    }
}
