package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/**
 * Gameplay (or an operator) records a deed a character did: it earns devotion from the deed catalog, and a deed of
 * the faction a companion opposes strains that companion's bonds. Refused with {@code character_not_found} or
 * {@code unknown_deed}. Deciding who may record deeds is the driver's job.
 */
public interface RecordDeedUseCase {

    Outcome<AlignmentView> record(RecordDeed command);

    /** {@code deed} is a catalog id such as {@code keep_oath}. */
    record RecordDeed(CharacterId character, String deed) {
    }
}
