package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The head of a family tells a companion to follow or to stay. Refused with {@code not_your_family} (unknown
 * families included); an unknown companion or order fails validation.
 */
public interface OrderCompanionUseCase {

    Outcome<FamilyDetailsView> order(OrderCompanion command);

    /** {@code companion} is {@code ashnar} or {@code iril}; {@code order} is {@code follow} or {@code stay}. */
    record OrderCompanion(CharacterId by, FamilyId family, String companion, String order) {
    }
}
