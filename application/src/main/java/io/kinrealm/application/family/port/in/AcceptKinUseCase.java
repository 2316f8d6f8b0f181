package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * A character accepts the kin access a family offered it and may then read the family. Refused with
 * {@code not_invited_as_kin} when no such offer exists (unknown families included) or {@code already_kin}.
 */
public interface AcceptKinUseCase {

    Outcome<FamilyDetailsView> accept(AcceptKin command);

    record AcceptKin(CharacterId kin, FamilyId family) {
    }
}
