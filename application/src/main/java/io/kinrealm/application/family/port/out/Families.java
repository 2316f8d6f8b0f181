package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every family of the world: a character with Ashnar, Iril, their bonds, orders and kin. A character heads exactly
 * one family, so a family is found by its id or by its owner.
 *
 * <p>Saving is last-write-wins: {@link #save} replaces whatever was stored for the family's id. Two decisions taken
 * at the same moment on the same family may therefore lose one of them; the game accepts that for now, since only the
 * owner (and, for accepting, one invited character) changes a family.
 */
public interface Families {

    Optional<Family> findById(FamilyId id);

    /** The family the character heads; empty when none was stored for it. */
    Optional<Family> findByOwner(CharacterId owner);

    /** The families that accepted this character as kin (not those that only invited it), in no set order. */
    List<Family> findByKin(CharacterId kin);

    /**
     * Every family headed by one of these characters or that accepted one of them as kin, each once, in no set order:
     * whom their moves concern. A store over the network answers in one round trip.
     */
    default List<Family> findConcerning(Collection<CharacterId> characters) {
        Map<FamilyId, Family> found = new LinkedHashMap<>();
        for (CharacterId character : characters) {
            findByOwner(character).ifPresent(family -> found.put(family.id(), family));
            findByKin(character).forEach(family -> found.put(family.id(), family));
        }
        return List.copyOf(found.values());
    }

    /** Stores the family as it now is, replacing the previous state of the same id (last write wins). */
    void save(Family family);
}
