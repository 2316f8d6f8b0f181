package io.kinrealm.domain.divine;

import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Something that changed in a character's standing with the gods. */
public sealed interface DivineEvent {

    CharacterId characterId();

    Instant at();

    /**
     * A character did a deed and earned devotion for it; always raised when a deed is recorded.
     *
     * @param deed     the deed's id
     * @param points   the points earned per faction, every faction present
     * @param devotion the character's devotion after the deed
     */
    record DevotionGained(CharacterId characterId, String deed, Map<Faction, Integer> points, Devotion devotion,
                          Instant at) implements DivineEvent {
        public DevotionGained {
            Objects.requireNonNull(characterId, "character id");
            Objects.requireNonNull(deed, "deed");
            Objects.requireNonNull(devotion, "devotion");
            Objects.requireNonNull(at, "at");
            points = Collections.unmodifiableMap(new EnumMap<>(points));
        }
    }

    /**
     * A character's dominant faction changed, to another faction or to or from Unaligned. The character, its family
     * and its guild feed hear of it, and faction channel membership is checked again. A change of the devout flag
     * alone is not a shift.
     */
    record AlignmentShifted(CharacterId characterId, Alignment from, Alignment to, Instant at) implements DivineEvent {
        public AlignmentShifted {
            Objects.requireNonNull(characterId, "character id");
            Objects.requireNonNull(at, "at");
            if (!from.hasOtherDominantThan(to)) {
                throw new IllegalArgumentException("an alignment shift changes the dominant faction");
            }
        }
    }
}
