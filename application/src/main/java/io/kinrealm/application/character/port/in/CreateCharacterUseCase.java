package io.kinrealm.application.character.port.in;

import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;

/**
 * A player creates a character: a name (3-16 letters, unique ignoring case) and a civilization. Ashnar, Iril and the
 * family bonds come with it.
 */
public interface CreateCharacterUseCase {

    /** Refused with validation_failed, character_name_taken or character_limit_reached. */
    Outcome<CreatedCharacter> create(CreateCharacter command);

    record CreateCharacter(AccountId accountId, String name, String civilization) {
    }

    /** The new character and its newly founded family. */
    record CreatedCharacter(CharacterView character, FamilyView family) {
    }
}
