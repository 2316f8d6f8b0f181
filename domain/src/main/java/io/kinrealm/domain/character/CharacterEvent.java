package io.kinrealm.domain.character;

import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;

/** Something that happened to a character. */
public sealed interface CharacterEvent {

    CharacterId characterId();

    /** A character was born into a civilization, with its family. */
    record CharacterCreated(CharacterId characterId, AccountId accountId, CharacterName name, String civilization,
                            FamilyId familyId, Instant at) implements CharacterEvent {
    }
}
