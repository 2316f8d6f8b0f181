package io.kinrealm.application.character;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.character.port.in.CivilizationView;
import io.kinrealm.application.character.port.in.FamilyView;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.civilization.Civilization;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.family.BondPair;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns domain objects into the views players read. */
final class Views {
    private Views() {
    }

    static CharacterView character(Character character, Devotion devotion) {
        return new CharacterView(character.id().toString(), character.name().value(), character.civilization(),
                character.familyId().toString(), devotion(devotion), character.createdAt());
    }

    static FamilyView family(Family family, FamilyRules rules) {
        return new FamilyView(family.id().toString(), family.owner().toString(),
                Arrays.stream(Companion.values())
                        .map(c -> new FamilyView.CompanionView(c.id(), family.orderOf(c).id())).toList(),
                Arrays.stream(BondPair.values()).map(pair -> {
                    int value = family.bonds().of(pair);
                    return new FamilyView.BondView(pair.id(), value, rules.tierOf(value).id());
                }).toList());
    }

    static CivilizationView civilization(Civilization civilization) {
        return new CivilizationView(civilization.id(), civilization.name(), civilization.nativeTongue().id(),
                civilization.nativeTongue().name(), devotion(civilization.startingDevotion()),
                civilization.hallStyle());
    }

    private static Map<String, Integer> devotion(Devotion devotion) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Faction faction : Faction.values()) {
            points.put(faction.id(), devotion.pointsOf(faction));
        }
        return points;
    }
}
