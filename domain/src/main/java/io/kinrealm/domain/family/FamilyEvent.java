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

    /**
     * A bond moved, because of a bond event or of neglect. {@code delta} is the change actually applied
     * ({@code to - from}), which is smaller than the event's nominal delta when the value was clamped to 0..100.
     */
    record BondChanged(FamilyId familyId, BondPair pair, int from, int to, int delta, BondCause cause, Instant at)
            implements FamilyEvent {
    }

    /** A bond crossed a tier threshold; what it unlocks may have changed. */
    record BondTierChanged(FamilyId familyId, BondPair pair, BondTier from, BondTier to, Instant at)
            implements FamilyEvent {
    }

    /** The owner offered kin access to another character; it waits for that character to accept. */
    record KinGranted(FamilyId familyId, CharacterId kin, Instant at) implements FamilyEvent {
    }

    /** A character accepted the kin access it was offered and may now read the family channel. */
    record KinAccepted(FamilyId familyId, CharacterId kin, Instant at) implements FamilyEvent {
    }

    /** The owner withdrew a character's kin access, offered or accepted. */
    record KinRevoked(FamilyId familyId, CharacterId kin, Instant at) implements FamilyEvent {
    }

    /** The player told a companion to follow or to stay where it stands. */
    record CompanionOrdered(FamilyId familyId, Companion companion, CompanionOrder order, Instant at)
            implements FamilyEvent {
    }
}
