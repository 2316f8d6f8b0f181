package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The head of a family offers kin access to another character, who still has to accept it. Refused with
 * {@code not_your_family}, {@code character_not_found}, {@code cannot_be_own_kin}, {@code already_kin} or
 * {@code kin_limit_reached}.
 */
public interface GrantKinUseCase {

    Outcome<FamilyDetailsView> grant(GrantKin command);

    record GrantKin(CharacterId by, FamilyId family, CharacterId kin) {
    }
}
