package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Test fixtures: Aria's family, with whatever bonds the example needs. */
final class Families {
    static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");
    static final FamilyId ARIAS_FAMILY = new FamilyId(new UUID(3, 1));
    static final CharacterId ARIA = new CharacterId(new UUID(2, 1));
    static final FamilyRules RULES = FamilyRules.defaults();

    private Families() {
    }

    /** Aria's family as founded at dawn: 50/50/40, both companions following, no kin. */
    static Family ariasFamily() {
        return Family.found(ARIAS_FAMILY, ARIA, RULES, DAWN).family();
    }

    /** Aria's family with these bonds, last seen together at dawn. */
    static Family ariasFamilyWith(int playerAshnar, int playerIril, int ashnarIril) {
        return Family.restore(ARIAS_FAMILY, ARIA, new Bonds(playerAshnar, playerIril, ashnarIril),
                Map.of(Companion.ASHNAR, CompanionOrder.FOLLOW, Companion.IRIL, CompanionOrder.FOLLOW), DAWN);
    }

    /** Another character, numbered. */
    static CharacterId someone(int number) {
        return new CharacterId(new UUID(7, number));
    }

    static Instant daysAfterDawn(double days) {
        return DAWN.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }
}
