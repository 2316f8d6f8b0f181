package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.List;
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

    /** Stores the family as it now is, replacing the previous state of the same id (last write wins). */
    void save(Family family);
}
