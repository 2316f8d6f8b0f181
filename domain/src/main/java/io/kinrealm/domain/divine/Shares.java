package io.kinrealm.domain.divine;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a character's devotion divides between the factions, as the Divine Alignment Bars show it: exact fractions for
 * the rules and whole percents for display.
 *
 * <p>Whole percents are rounded by the largest remainder, so they always add up to exactly 100 when the character has
 * any points (1/1/1 shows as 34/33/33, never 33/33/33); each differs from the exact share by less than one point.
 * Equal remainders go to the faction that comes first (Order, then Chaos, then Void). With no points every percent is
 * 0.
 *
 * @param exact    the exact share of every faction, in faction order
 * @param percents the whole-percent share of every faction, in faction order
 */
public record Shares(Map<Faction, Share> exact, Map<Faction, Integer> percents) {
    public Shares {
        exact = Collections.unmodifiableMap(new EnumMap<>(exact));
        percents = Collections.unmodifiableMap(new EnumMap<>(percents));
        if (exact.size() != Faction.values().length || percents.size() != Faction.values().length) {
            throw new IllegalArgumentException("shares name every faction");
        }
    }

    /** The shares of a character's devotion. */
    public static Shares of(Devotion devotion) {
        long total = devotion.total();
        Map<Faction, Share> exact = new EnumMap<>(Faction.class);
        for (Faction faction : Faction.values()) {
            exact.put(faction, Share.of(devotion.pointsOf(faction), total));
        }
        return new Shares(exact, total == 0 ? zeroPercents() : largestRemainderPercents(devotion, total));
    }

    public Share of(Faction faction) {
        return exact.get(faction);
    }

    public int percentOf(Faction faction) {
        return percents.get(faction);
    }

    private static Map<Faction, Integer> zeroPercents() {
        Map<Faction, Integer> percents = new EnumMap<>(Faction.class);
        for (Faction faction : Faction.values()) {
            percents.put(faction, 0);
        }
        return percents;
    }

    private static Map<Faction, Integer> largestRemainderPercents(Devotion devotion, long total) {
        Map<Faction, Integer> percents = new EnumMap<>(Faction.class);
        int handedOut = 0;
        for (Faction faction : Faction.values()) {
            int floor = (int) (devotion.pointsOf(faction) * 100L / total);
            percents.put(faction, floor);
            handedOut += floor;
        }
        Comparator<Faction> byRemainderThenFactionOrder = Comparator
                .comparingLong((Faction faction) -> devotion.pointsOf(faction) * 100L % total).reversed()
                .thenComparing(Comparator.naturalOrder());
        List<Faction> roundedUp = Stream.of(Faction.values()).sorted(byRemainderThenFactionOrder)
                .limit(100 - handedOut).toList();
        roundedUp.forEach(faction -> percents.merge(faction, 1, Integer::sum));
        return percents;
    }
}
