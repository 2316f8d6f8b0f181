package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/** Reads a character's devotion points, shares, dominant faction and devout flag; {@code character_not_found}. */
public interface ReadAlignmentUseCase {

    Outcome<AlignmentView> read(ReadAlignment query);

    record ReadAlignment(CharacterId character) {
    }
}
