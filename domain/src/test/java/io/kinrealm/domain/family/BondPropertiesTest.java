package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamilyWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.family.FamilyEvent.BondChanged;
import io.kinrealm.domain.family.FamilyEvent.BondTierChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BondPropertiesTest {

    /** A bond event and how long after the previous one it happens. */
    record Step(BondEvent event, Duration after) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<BondEvent> events = Arbitraries.oneOf(
                Arbitraries.subsetOf(FamilyMember.values()).map(BondEvent.SharedVictory::new),
                Arbitraries.of(Companion.class).map(BondEvent.GiftGiven::new),
                Arbitraries.of(BondPair.class).map(BondEvent.Protected::new),
                Arbitraries.of(Companion.class).map(BondEvent.Abandoned::new),
                Arbitraries.of(Faction.class).map(BondEvent.ConflictingDeed::new));
        Arbitrary<Duration> pauses = Arbitraries.longs().between(0, 20 * 24).map(Duration::ofHours);
        return events.flatMap(event -> pauses.map(pause -> new Step(event, pause))).list().ofMaxSize(40);
    }

    @Property
    void bonds_stay_within_0_and_100_and_every_announced_tier_is_the_tier_of_the_value(
            @ForAll @IntRange(min = 0, max = 100) int playerAshnar,
            @ForAll @IntRange(min = 0, max = 100) int playerIril,
            @ForAll @IntRange(min = 0, max = 100) int ashnarIril,
            @ForAll("steps") List<Step> steps) {
        Family family = ariasFamilyWith(playerAshnar, playerIril, ashnarIril);
        Map<BondPair, BondTier> announced = tiersOf(family.bonds());
        Instant now = DAWN;
        for (Step step : steps) {
            now = now.plus(step.after());
            Family.Change change = family.apply(step.event(), RULES, now);
            checkEvents(change.events(), announced);
            family = change.family();
            for (BondPair pair : BondPair.values()) {
                assertThat(family.bonds().of(pair)).isBetween(Bonds.MIN, Bonds.MAX);
            }
        }
        assertThat(announced).isEqualTo(tiersOf(family.bonds()));
    }

    private static void checkEvents(List<FamilyEvent> events, Map<BondPair, BondTier> announced) {
        int lastValue = -1;
        for (FamilyEvent event : events) {
            if (event instanceof BondChanged changed) {
                assertThat(changed.to()).isBetween(Bonds.MIN, Bonds.MAX);
                assertThat(changed.delta()).isEqualTo(changed.to() - changed.from()).isNotZero();
                lastValue = changed.to();
            } else if (event instanceof BondTierChanged tier) {
                assertThat(tier.from()).isEqualTo(announced.get(tier.pair())).isNotEqualTo(tier.to());
                assertThat(tier.to()).isEqualTo(RULES.tierOf(lastValue));
                announced.put(tier.pair(), tier.to());
            }
        }
    }

    private static Map<BondPair, BondTier> tiersOf(Bonds bonds) {
        Map<BondPair, BondTier> tiers = new EnumMap<>(BondPair.class);
        for (BondPair pair : BondPair.values()) {
            tiers.put(pair, RULES.tierOf(bonds.of(pair)));
        }
        return tiers;
    }
}
