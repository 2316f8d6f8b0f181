package io.kinrealm.domain.character;

import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyEvent;

/** A character that was just born, the family founded with it, and the events that announce both. */
public record NewCharacter(Character character, Family family, CharacterEvent.CharacterCreated created,
                           FamilyEvent.FamilyFounded founded) {
}
