package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Positions known to this process only, for a single node; safe to share between threads. Positions are immutable
 * values, so a reader sees either the old or the new one, never a mix.
 */
public final class InMemoryPositions implements Positions {
    private final ConcurrentMap<Locatable, Position> positions = new ConcurrentHashMap<>();

    @Override
    public void put(Locatable who, Position where) {
        positions.put(who, where);
    }

    @Override
    public void remove(Locatable who) {
        positions.remove(who);
    }

    @Override
    public Map<Locatable, Position> find(Collection<Locatable> who) {
        Map<Locatable, Position> found = new HashMap<>();
        for (Locatable one : who) {
            Position where = positions.get(one);
            if (where != null) {
                found.put(one, where);
            }
        }
        return Map.copyOf(found);
    }
}
