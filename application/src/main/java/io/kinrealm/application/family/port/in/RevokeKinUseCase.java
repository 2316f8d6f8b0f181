package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The head of a family withdraws a character's kin access, offered or accepted. Refused with
 * {@code not_your_family} (unknown families included) or {@code not_kin}.
 */
public interface RevokeKinUseCase {

    Outcome<FamilyDetailsView> revoke(RevokeKin command);

    record RevokeKin(CharacterId by, FamilyId family, CharacterId kin) {
    }
}
