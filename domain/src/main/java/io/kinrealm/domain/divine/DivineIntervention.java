package io.kinrealm.domain.divine;

import java.util.Locale;

/** What a faction's god does when it steps into a battle to save one of its devout. */
public enum DivineIntervention {
    /** Order: heals 30% of max HP and grants +50% defence for one round. */
    AEGIS(Faction.ORDER),
    /** Chaos: 20 damage to every adjacent enemy. */
    WRATH(Faction.CHAOS),
    /** Void: the character moves to any free tile and cannot be targeted until its next turn. */
    VEIL(Faction.VOID);

    private final Faction faction;

    DivineIntervention(Faction faction) {
        this.faction = faction;
    }

    public Faction faction() {
        return faction;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intervention the god of {@code faction} grants. */
    public static DivineIntervention of(Faction faction) {
        return switch (faction) {
            case ORDER -> AEGIS;
            case CHAOS -> WRATH;
            case VOID -> VEIL;
        };
    }
}
