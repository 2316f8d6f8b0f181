package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The owner or an accepted kin reads where the family's circle stands now: the same picture a {@code family.positions}
 * event carries. Everyone else, and anyone asking for a family that does not exist, is refused alike with
 * {@code not_your_family}.
 */
public interface ReadFamilyPositionsUseCase {

    Outcome<FamilyPositionsView> positions(ReadFamilyPositions query);

    /** Who reads which family's positions. */
    record ReadFamilyPositions(CharacterId reader, FamilyId family) {
    }
}
