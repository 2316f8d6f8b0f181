package io.kinrealm.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FamilyTest {
    private static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");
    private static final FamilyId ARIAS_FAMILY = new FamilyId(new UUID(3, 1));
    private static final CharacterId ARIA = new CharacterId(new UUID(2, 1));

    @Test
    void a_family_is_founded_with_bonds_of_50_50_and_40() {
        Family family = Family.found(ARIAS_FAMILY, ARIA, FamilyRules.defaults(), DAWN).family();

        assertThat(family.bonds().of(BondPair.PLAYER_ASHNAR)).isEqualTo(50);
        assertThat(family.bonds().of(BondPair.PLAYER_IRIL)).isEqualTo(50);
        assertThat(family.bonds().of(BondPair.ASHNAR_IRIL)).isEqualTo(40);
    }

    @Test
    void both_companions_follow_the_player_from_the_start() {
        Family family = Family.found(ARIAS_FAMILY, ARIA, FamilyRules.defaults(), DAWN).family();

        assertThat(family.orderOf(Companion.ASHNAR)).isEqualTo(CompanionOrder.FOLLOW);
        assertThat(family.orderOf(Companion.IRIL)).isEqualTo(CompanionOrder.FOLLOW);
    }

    @Test
    void the_founding_is_announced_with_the_owner_and_the_starting_bonds() {
        Family.Founding founding = Family.found(ARIAS_FAMILY, ARIA, FamilyRules.defaults(), DAWN);

        assertThat(founding.event())
                .isEqualTo(new FamilyEvent.FamilyFounded(ARIAS_FAMILY, ARIA, new Bonds(50, 50, 40), DAWN));
        assertThat(founding.family().owner()).isEqualTo(ARIA);
        assertThat(founding.family().lastInteraction()).isEqualTo(DAWN);
    }

    @Test
    void a_family_founded_under_other_rules_starts_with_their_bonds() {
        FamilyRules warmer = new FamilyRules(new Bonds(60, 55, 45), 20, 50, 80, 4);

        assertThat(Family.found(ARIAS_FAMILY, ARIA, warmer, DAWN).family().bonds()).isEqualTo(new Bonds(60, 55, 45));
    }

    @Test
    void a_family_restored_without_kin_lets_no_one_else_read_it() {
        Family family = Family.restore(ARIAS_FAMILY, ARIA, new Bonds(50, 50, 40),
                Map.of(Companion.ASHNAR, CompanionOrder.STAY, Companion.IRIL, CompanionOrder.FOLLOW), DAWN);

        assertThat(family.kinship()).isEqualTo(Kinship.none());
        assertThat(family.orderOf(Companion.ASHNAR)).isEqualTo(CompanionOrder.STAY);
    }

    @Test
    void a_character_cannot_be_both_invited_and_kin_nor_kin_of_its_own_family() {
        CharacterId bran = new CharacterId(new UUID(2, 2));
        Map<Companion, CompanionOrder> following =
                Map.of(Companion.ASHNAR, CompanionOrder.FOLLOW, Companion.IRIL, CompanionOrder.FOLLOW);

        assertThatIllegalArgumentException().isThrownBy(() -> new Kinship(Set.of(bran), Set.of(bran)));
        assertThatIllegalArgumentException().isThrownBy(() -> Family.restore(ARIAS_FAMILY, ARIA,
                new Bonds(50, 50, 40), following, DAWN, new Kinship(Set.of(), Set.of(ARIA))));
    }

    @Test
    void a_bond_stays_between_0_and_100() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Bonds(101, 50, 40));
        assertThatIllegalArgumentException().isThrownBy(() -> new Bonds(50, -1, 40));
        assertThatIllegalArgumentException().isThrownBy(() -> new Bonds(50, 50, 101));
    }
}
