package io.kinrealm.application.family.port.in;

import java.util.List;

/**
 * A family as its owner and accepted kin see it, at the moment it was read: bonds with neglect already taken into
 * account, their tiers, what they unlock, the companions' orders and who was let in.
 *
 * @param id         the family's id
 * @param owner      the id of the character heading the family
 * @param bonds      the three bonds, player-Ashnar, player-Iril, Ashnar-Iril
 * @param effects    ids of the effects the bonds unlock now ({@code twin_strike}, {@code iril_translation})
 * @param companions Ashnar and Iril with their current order and their stats
 * @param kin        ids of the characters who accepted kin access
 * @param invited    ids of the characters offered kin access who have not accepted yet
 */
public record FamilyDetailsView(String id, String owner, List<BondView> bonds, List<String> effects,
                                List<CompanionView> companions, List<String> kin, List<String> invited) {
    public FamilyDetailsView {
        bonds = List.copyOf(bonds);
        effects = List.copyOf(effects);
        companions = List.copyOf(companions);
        kin = List.copyOf(kin);
        invited = List.copyOf(invited);
    }

    /** One bond: the pair ({@code player_ashnar}), its value 0-100 now and its tier ({@code close}). */
    public record BondView(String pair, int value, String tier) {
    }

    /**
     * A companion ({@code ashnar}, {@code iril}), what it was told to do ({@code follow}, {@code stay}) and its stats.
     */
    public record CompanionView(String name, String order, StatsView stats) {
    }

    /** A companion's stats: hit points when unhurt, attack, defence and speed. */
    public record StatsView(int maxHp, int attack, int defence, int speed) {
    }
}
