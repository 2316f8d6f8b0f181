package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The owner or an accepted kin reads a family. Everyone else, and anyone asking for a family that does not exist, is
 * refused alike with {@code not_your_family}, so nobody learns whether a family exists.
 */
public interface ReadFamilyUseCase {

    Outcome<FamilyDetailsView> read(ReadFamily query);

    /** Who reads which family. */
    record ReadFamily(CharacterId reader, FamilyId family) {
    }
}
