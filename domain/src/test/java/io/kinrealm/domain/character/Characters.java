package io.kinrealm.domain.character;

import io.kinrealm.domain.civilization.Civilization;
import io.kinrealm.domain.civilization.CivilizationCatalog;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.UUID;

/** Characters of the test personas: Mira's Aria, a Drakari warrior, and friends. */
public final class Characters {
    public static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");
    public static final AccountId MIRA = new AccountId(new UUID(1, 1));
    public static final CharacterId ARIA = new CharacterId(new UUID(2, 1));
    public static final FamilyId ARIAS_FAMILY = new FamilyId(new UUID(3, 1));

    private Characters() {
    }

    public static Civilization civilization(String id) {
        return CivilizationCatalog.defaults().find(id).orElseThrow();
    }

    /** Mira asks for Aria, a Drakari warrior. */
    public static Character.Birth ariasBirth() {
        return new Character.Birth(ARIA, ARIAS_FAMILY, MIRA, new CharacterName("Aria"), civilization("drakari"));
    }

    /** Aria, a Drakari warrior, just born to Mira's account with her family. */
    public static NewCharacter aDrakariWarrior() {
        Outcome<NewCharacter> born = Character.create(ariasBirth(), 0, CharacterRules.defaults(),
                FamilyRules.defaults(), DAWN);
        return ((Outcome.Done<NewCharacter>) born).value();
    }
}
