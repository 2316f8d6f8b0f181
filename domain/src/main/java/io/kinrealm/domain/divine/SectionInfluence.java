package io.kinrealm.domain.divine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The influence a deed done in a map section adds to that section, per faction: the deed's points divided by the rule
 * book's influence divisor (10 on the sheet), kept exact so that small deeds still count (show_mercy, +5 Order, adds
 * 0.5 Order influence). The map adds it up; this value only says how much.
 *
 * @param byFaction influence per faction, every faction present
 */
public record SectionInfluence(Map<Faction, BigDecimal> byFaction) {
    public SectionInfluence {
        Map<Faction, BigDecimal> copy = new EnumMap<>(Faction.class);
        for (Faction faction : Faction.values()) {
            BigDecimal amount = byFaction.getOrDefault(faction, BigDecimal.ZERO);
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("influence is never negative");
            }
            copy.put(faction, amount);
        }
        byFaction = Collections.unmodifiableMap(copy);
    }

    public BigDecimal of(Faction faction) {
        return byFaction.get(faction);
    }
}
