package io.kinrealm.application.family;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.Optional;

/**
 * Finds families. A character's family is founded with it; until its first change is saved to {@link Families} it
 * stands exactly as founded at the character's birth, so it is rebuilt from the character.
 */
final class FamilyLookup {
    private final Families families;
    private final Characters characters;
    private final FamilyRules rules;

    FamilyLookup(Families families, Characters characters, FamilyRules rules) {
        this.families = families;
        this.characters = characters;
        this.rules = rules;
    }

    /** The family with this id, as seen by {@code actor} (whose own, not yet saved family is found too). */
    Optional<Family> find(FamilyId id, CharacterId actor) {
        return families.findById(id).or(() -> characters.findById(actor)
                .filter(character -> character.familyId().equals(id)).map(this::asFounded));
    }

    /** The family the character heads. */
    Family of(Character character) {
        return families.findById(character.familyId()).orElseGet(() -> asFounded(character));
    }

    void save(Family family) {
        families.save(family);
    }

    private Family asFounded(Character character) {
        return Family.found(character.familyId(), character.id(), rules, character.createdAt()).family();
    }
}
