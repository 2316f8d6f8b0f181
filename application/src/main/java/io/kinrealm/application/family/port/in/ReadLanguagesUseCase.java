package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/** Reads how well a character knows every language; {@code character_not_found}. */
public interface ReadLanguagesUseCase {

    Outcome<LanguagesView> read(ReadLanguages query);

    record ReadLanguages(CharacterId character) {
    }
}
