package io.kinrealm.domain.divine;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Something a character does that the gods notice, with the devotion points it earns per faction. Deeds are data:
 * the catalog in the rule book lists them, so designers add or retune deeds without touching code.
 *
 * @param id     the deed's stable id as gameplay and operators name it ({@code keep_oath})
 * @param points the points earned per faction, every faction present (0 when the deed does not serve it)
 */
public record Deed(String id, Map<Faction, Integer> points) {
    public Deed {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("a deed id is snake_case: " + id);
        }
        Map<Faction, Integer> complete = new EnumMap<>(Faction.class);
        for (Faction faction : Faction.values()) {
            int earned = points.getOrDefault(faction, 0);
            if (earned < 0) {
                throw new IllegalArgumentException("a deed never takes devotion away: " + id);
            }
            complete.put(faction, earned);
        }
        if (complete.values().stream().allMatch(earned -> earned == 0)) {
            throw new IllegalArgumentException("a deed earns devotion towards at least one faction: " + id);
        }
        points = Collections.unmodifiableMap(complete);
    }

    public int pointsFor(Faction faction) {
        return points.get(faction);
    }

    /**
     * The faction the deed serves, for the companions' conflicting-deed strain: the one it earns the most points
     * towards (desecrate, +6 Void +4 Chaos, serves Void). Equal points go to the faction that comes first.
     */
    public Faction primaryFaction() {
        return Stream.of(Faction.values())
                .max(Comparator.comparingInt(this::pointsFor).thenComparing(Comparator.<Faction>reverseOrder()))
                .orElseThrow();
    }
}
