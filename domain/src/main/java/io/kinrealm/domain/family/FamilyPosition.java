package io.kinrealm.domain.family;

import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Locale;
import java.util.Objects;

/**
 * Where one member of a family's circle stands, as family tracking shows it.
 *
 * @param who       the head of the family, one of its companions, or one of its kin
 * @param character the character itself for the head and kin; for a companion, the head it belongs to
 * @param where     its position
 */
public record FamilyPosition(Who who, CharacterId character, Position where) {
    public FamilyPosition {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(character, "character");
        Objects.requireNonNull(where, "where");
    }

    /** The members family tracking follows: the player, Ashnar, Iril and accepted kin. */
    public enum Who {
        CHARACTER, ASHNAR, IRIL, KIN;

        static Who of(Companion companion) {
            return companion == Companion.ASHNAR ? ASHNAR : IRIL;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
