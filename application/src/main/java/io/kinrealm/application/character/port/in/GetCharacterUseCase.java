package io.kinrealm.application.character.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/** Anyone logged in may look a character up by id; character_not_found otherwise. */
public interface GetCharacterUseCase {

    Outcome<CharacterView> get(CharacterId id);
}
