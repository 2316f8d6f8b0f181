package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.Objects;

/**
 * A player's client reports where its character stands. At most the rule book's number of reports a second are
 * taken (10 by default); the rest are dropped, not refused, and the reply says so. Taken reports are not sent on at
 * once: they are gathered and sent to the family's circle in batches (see {@link FlushPositionsUseCase}).
 */
public interface ReportPositionUseCase {

    /** Validation fails for a section off the map or not a detail section, or coordinates outside it. */
    Outcome<PositionReport> report(ReportPosition command);

    /**
     * @param character who reports
     * @param section   the detail section's path, such as {@code 5.12.130.77}
     * @param x         metres east of the section's north-west corner
     * @param y         metres south of it
     */
    record ReportPosition(CharacterId character, String section, Double x, Double y) {
        public ReportPosition {
            Objects.requireNonNull(character, "character");
        }
    }

    /** {@code accepted} is false when the report was over the allowance and dropped. */
    record PositionReport(boolean accepted) {
    }
}
