package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Positions in a map; counts the reads, so a test sees when the store is spared, and can be made unreachable. */
public final class FakePositions implements Positions {
    private final Map<Locatable, Position> known = new HashMap<>();
    private int reads;
    private boolean down;

    @Override
    public void put(Locatable who, Position where) {
        known.put(who, where);
    }

    @Override
    public void remove(Locatable who) {
        known.remove(who);
    }

    @Override
    public Map<Locatable, Position> find(Collection<Locatable> who) {
        if (down) {
            throw new InfrastructureException("redis", "positions are unreachable", null);
        }
        reads++;
        Map<Locatable, Position> found = new LinkedHashMap<>();
        who.forEach(one -> {
            if (known.containsKey(one)) {
                found.put(one, known.get(one));
            }
        });
        return found;
    }

    /** From now on, reads fail as an unreachable store would (or work again). */
    void down(boolean unreachable) {
        down = unreachable;
    }

    int reads() {
        return reads;
    }
}
