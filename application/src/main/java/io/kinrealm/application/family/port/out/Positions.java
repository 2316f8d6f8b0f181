package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import java.util.Collection;
import java.util.Map;

/**
 * Where characters last reported they stand, and where staying companions were told to stay. Every node of a cluster
 * sees the same positions, so a family member's position reported to one node is read on any other. Positions are
 * live tracking, replaced many times a second; a store may keep them in memory only.
 */
public interface Positions {

    /** Records where someone stands now, replacing what was known. */
    void put(Locatable who, Position where);

    /** Forgets where someone stands (a companion called back to follow has no place of its own). */
    void remove(Locatable who);

    /** What is known of these, in one round trip; those with no known position are absent from the answer. */
    Map<Locatable, Position> find(Collection<Locatable> who);
}
