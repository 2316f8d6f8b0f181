package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.shared.FamilyId;

/**
 * The names of the events families and divine alignment publish on a family channel ({@code family:<id>}), as
 * clients receive them. Their data are flat maps of strings, numbers and
 * booleans, except the positions list of {@link #POSITIONS}.
 */
public final class FamilyEventNames {
    /** A bond moved; data {@code family, pair, from, to, delta, cause}. */
    public static final String BOND_CHANGED = "family.bond_changed";
    /** A bond crossed a tier threshold; data {@code family, pair, from, to}. */
    public static final String TIER_CHANGED = "family.tier_changed";
    /** Kin access was granted, accepted or revoked; data {@code family, kin, change}. */
    public static final String KIN_CHANGED = "family.kin_changed";
    /** The owner told a companion to follow or stay; data {@code family, companion, order}. */
    public static final String COMPANION_ORDERED = "family.companion_ordered";
    /**
     * Where the family's circle stands after moves, orders or kin changes, batched; data
     * {@code family, positions: [{who, characterId, section, x, y}]}.
     */
    public static final String POSITIONS = "family.positions";
    /** The dominant faction of the family's head changed; data {@code character, from, to, devout}. */
    public static final String ALIGNMENT_SHIFTED = "divine.alignment_shifted";

    /**
     * A faction's god intervened in the world, called on by an operator; on the faction's channel, data
     * {@code faction, intervention, scope ("world" or "region"), region?, at}.
     */
    public static final String INTERVENTION = "divine.intervention";

    private FamilyEventNames() {
    }

    /** The channel of a faction, open to the characters whose dominant faction it is. */
    public static String factionChannel(Faction faction) {
        return ChannelName.faction(faction).value();
    }

    /** The channel of a family, on which its owner and accepted kin hear these events. */
    public static String channelOf(FamilyId familyId) {
        return ChannelName.family(familyId).value();
    }
}
