package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;

/** Something that happened to a family, as the family channel and the guild feed learn of it. */
public sealed interface FamilyEvent {

    FamilyId familyId();

    /** A character was born, and with it its family: Ashnar, Iril and their starting bonds. */
    record FamilyFounded(FamilyId familyId, CharacterId owner, Bonds bonds, Instant at) implements FamilyEvent {
    }
}
