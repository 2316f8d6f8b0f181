package io.kinrealm.domain.divine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Devotion points of one character towards each faction. Points never go below zero; shares and the dominant faction
 * are derived from them.
 */
public record Devotion(int order, int chaos, int voidPoints) {
    public Devotion {
        if (order < 0 || chaos < 0 || voidPoints < 0) {
            throw new IllegalArgumentException("devotion points are never negative");
        }
    }

    public static Devotion none() {
        return new Devotion(0, 0, 0);
    }

    public int pointsOf(Faction faction) {
        return switch (faction) {
            case ORDER -> order;
            case CHAOS -> chaos;
            case VOID -> voidPoints;
        };
    }

    public int total() {
        return order + chaos + voidPoints;
    }

    /** This devotion with the points a deed earns added. */
    public Devotion plus(Deed deed) {
        return new Devotion(Math.addExact(order, deed.pointsFor(Faction.ORDER)),
                Math.addExact(chaos, deed.pointsFor(Faction.CHAOS)),
                Math.addExact(voidPoints, deed.pointsFor(Faction.VOID)));
    }

    /** Points per faction, in faction order. */
    public Map<Faction, Integer> byFaction() {
        Map<Faction, Integer> points = new EnumMap<>(Faction.class);
        for (Faction faction : Faction.values()) {
            points.put(faction, pointsOf(faction));
        }
        return Collections.unmodifiableMap(points);
    }
}
