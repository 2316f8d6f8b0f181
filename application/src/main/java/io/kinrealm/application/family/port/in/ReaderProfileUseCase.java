package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.language.ReaderProfile;
import io.kinrealm.domain.shared.CharacterId;

/**
 * What a character brings to reading chat at this moment: the tongues it speaks and whether Iril translates for it
 * (its family's bond with her is Close or better). An unknown character reads as a newborn of no civilization would:
 * Common only, no translation.
 */
public interface ReaderProfileUseCase {

    ReaderProfile readerProfile(CharacterId reader);
}
