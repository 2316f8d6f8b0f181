package io.kinrealm.application.family;

import io.kinrealm.application.family.port.in.AlignmentView;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.domain.divine.Alignment;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.divine.Shares;
import io.kinrealm.domain.family.BondPair;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyEffect;
import io.kinrealm.domain.family.FamilyPosition;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Stats;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns families and devotion into the views players read. */
final class FamilyViews {
    private FamilyViews() {
    }

    /** The family as it stands at {@code now}, neglect included. */
    static FamilyDetailsView family(Family family, FamilyRules rules, Instant now) {
        Bonds bonds = family.bondsAt(rules, now);
        return new FamilyDetailsView(family.id().toString(), family.owner().toString(),
                Arrays.stream(BondPair.values()).map(pair -> new FamilyDetailsView.BondView(pair.id(),
                        bonds.of(pair), rules.tierOf(bonds.of(pair)).id())).toList(),
                family.effectsAt(rules, now).stream().sorted().map(FamilyEffect::id).toList(),
                Arrays.stream(Companion.values()).map(companion -> new FamilyDetailsView.CompanionView(
                        companion.id(), family.orderOf(companion).id(), stats(rules.statsOf(companion)))).toList(),
                ids(family.kinship().kin()), ids(family.kinship().invited()));
    }

    /** Where the family's circle stands, head first. */
    static FamilyPositionsView positions(Family family, List<FamilyPosition> whereabouts) {
        return new FamilyPositionsView(family.id().toString(), whereabouts.stream()
                .map(member -> new FamilyPositionsView.Entry(member.who().id(), member.character().toString(),
                        member.where().section().toString(), member.where().x(), member.where().y()))
                .toList());
    }

    static AlignmentView alignment(CharacterId character, Devotion devotion, Alignment alignment) {
        Shares shares = Shares.of(devotion);
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, Integer> percents = new LinkedHashMap<>();
        for (Faction faction : Faction.values()) {
            points.put(faction.id(), devotion.pointsOf(faction));
            percents.put(faction.id(), shares.percentOf(faction));
        }
        return new AlignmentView(character.toString(), points, percents, alignment.id(), alignment.devout());
    }

    private static FamilyDetailsView.StatsView stats(Stats stats) {
        return new FamilyDetailsView.StatsView(stats.maxHp(), stats.attack(), stats.defence(), stats.speed());
    }

    private static List<String> ids(Collection<CharacterId> characters) {
        return characters.stream().map(CharacterId::toString).sorted().toList();
    }
}
