package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamilyWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.family.FamilyEvent.BondTierChanged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BondTierChangeTest {
    private static final Instant LATER = DAWN.plusSeconds(60);

    private static List<BondTierChanged> tierChanges(Family.Change change) {
        return change.events().stream()
                .filter(BondTierChanged.class::isInstance).map(BondTierChanged.class::cast).toList();
    }

    @ParameterizedTest(name = "protected from {0} to {1}: {2} -> {3}")
    @CsvSource({
        "16, 20, STRAINED, WARM",
        "46, 50, WARM, CLOSE",
        "76, 80, CLOSE, UNBREAKABLE"
    })
    void a_bond_rising_across_a_threshold_announces_its_new_tier(int from, int to, BondTier was, BondTier is) {
        Family.Change change = ariasFamilyWith(from, 60, 60)
                .apply(new BondEvent.Protected(BondPair.PLAYER_ASHNAR), RULES, LATER);

        assertThat(change.family().bonds().playerAshnar()).isEqualTo(to);
        assertThat(tierChanges(change))
                .containsExactly(new BondTierChanged(ARIAS_FAMILY, BondPair.PLAYER_ASHNAR, was, is, LATER));
    }

    @ParameterizedTest(name = "protected from {0} to {1}: no tier change")
    @CsvSource({"15, 19", "45, 49", "75, 79", "20, 24", "50, 54", "80, 84"})
    void a_bond_rising_within_its_tier_announces_no_tier_change(int from, int to) {
        Family.Change change = ariasFamilyWith(from, 60, 60)
                .apply(new BondEvent.Protected(BondPair.PLAYER_ASHNAR), RULES, LATER);

        assertThat(change.family().bonds().playerAshnar()).isEqualTo(to);
        assertThat(tierChanges(change)).isEmpty();
    }

    @ParameterizedTest(name = "strained from {0} to {1}: {2} -> {3}")
    @CsvSource({
        "24, 19, WARM, STRAINED",
        "54, 49, CLOSE, WARM",
        "84, 79, UNBREAKABLE, CLOSE"
    })
    void a_bond_falling_across_a_threshold_announces_its_new_tier(int from, int to, BondTier was, BondTier is) {
        Family.Change change = ariasFamilyWith(from, 60, 60)
                .apply(new BondEvent.ConflictingDeed(Faction.ORDER), RULES, LATER);

        assertThat(change.family().bonds().playerAshnar()).isEqualTo(to);
        assertThat(tierChanges(change))
                .containsExactly(new BondTierChanged(ARIAS_FAMILY, BondPair.PLAYER_ASHNAR, was, is, LATER));
    }

    @ParameterizedTest(name = "strained from {0} to {1}: no tier change")
    @CsvSource({"25, 20", "55, 50", "85, 80"})
    void a_bond_falling_within_its_tier_announces_no_tier_change(int from, int to) {
        Family.Change change = ariasFamilyWith(from, 60, 60)
                .apply(new BondEvent.ConflictingDeed(Faction.ORDER), RULES, LATER);

        assertThat(change.family().bonds().playerAshnar()).isEqualTo(to);
        assertThat(tierChanges(change)).isEmpty();
    }
}
