package io.kinrealm.domain.rules;

import io.kinrealm.domain.character.CharacterRules;
import io.kinrealm.domain.civilization.CivilizationCatalog;
import io.kinrealm.domain.divine.DivineRules;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.map.MapRules;
import java.util.Objects;

/**
 * Every number the game rules use, one record per area. The defaults are the design sheet's; a server may load
 * another rule book so that designers tune numbers without touching code.
 */
public record RuleBook(CivilizationCatalog civilizations, CharacterRules characters, FamilyRules families,
                       DivineRules divine, MapRules map) {
    public RuleBook {
        Objects.requireNonNull(civilizations, "civilizations");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(divine, "divine");
        Objects.requireNonNull(map, "map");
    }

    public static RuleBook defaults() {
        return new RuleBook(CivilizationCatalog.defaults(), CharacterRules.defaults(), FamilyRules.defaults(),
                DivineRules.defaults(), MapRules.defaults());
    }
}
