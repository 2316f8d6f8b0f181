package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;

/**
 * The head of a family gives a gift to one companion, which brings them closer. Only the owner may;
 * {@code not_your_family} otherwise (unknown families included); an unknown companion fails validation.
 */
public interface GiveGiftUseCase {

    Outcome<FamilyDetailsView> give(GiveGift command);

    /** {@code companion} is {@code ashnar} or {@code iril}. */
    record GiveGift(CharacterId giver, FamilyId family, String companion) {
    }
}
