package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamilyWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.family.BondEvent.Abandoned;
import io.kinrealm.domain.family.BondEvent.ConflictingDeed;
import io.kinrealm.domain.family.BondEvent.GiftGiven;
import io.kinrealm.domain.family.BondEvent.Protected;
import io.kinrealm.domain.family.BondEvent.SharedVictory;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BondEventsTest {
    private static final Instant LATER = DAWN.plusSeconds(3600);

    private static Bonds after(BondEvent event) {
        return ariasFamilyWith(50, 50, 40).apply(event, RULES, LATER).family().bonds();
    }

    @Test
    void a_victory_with_all_three_standing_brings_every_pair_3_closer() {
        Set<FamilyMember> all = Set.of(FamilyMember.PLAYER, FamilyMember.ASHNAR, FamilyMember.IRIL);

        assertThat(after(new SharedVictory(all))).isEqualTo(new Bonds(53, 53, 43));
    }

    @Test
    void a_victory_only_strengthens_pairs_whose_both_members_still_stand() {
        assertThat(after(new SharedVictory(Set.of(FamilyMember.PLAYER, FamilyMember.IRIL))))
                .isEqualTo(new Bonds(50, 53, 40));
        assertThat(after(new SharedVictory(Set.of(FamilyMember.ASHNAR)))).isEqualTo(new Bonds(50, 50, 40));
    }

    @Test
    void a_gift_brings_the_player_and_that_companion_5_closer() {
        assertThat(after(new GiftGiven(Companion.ASHNAR))).isEqualTo(new Bonds(55, 50, 40));
        assertThat(after(new GiftGiven(Companion.IRIL))).isEqualTo(new Bonds(50, 55, 40));
    }

    @Test
    void protecting_one_another_brings_that_pair_4_closer() {
        assertThat(after(new Protected(BondPair.ASHNAR_IRIL))).isEqualTo(new Bonds(50, 50, 44));
    }

    @Test
    void a_companion_abandoned_in_a_lost_battle_loses_8_on_both_of_its_bonds() {
        assertThat(after(new Abandoned(Companion.ASHNAR))).isEqualTo(new Bonds(42, 50, 32));
        assertThat(after(new Abandoned(Companion.IRIL))).isEqualTo(new Bonds(50, 42, 32));
    }

    @Test
    void an_order_deed_strains_ashnar_who_leans_chaos_by_5_on_both_of_his_bonds() {
        assertThat(after(new ConflictingDeed(Faction.ORDER))).isEqualTo(new Bonds(45, 50, 35));
    }

    @Test
    void a_chaos_deed_strains_iril_who_leans_order_by_5_on_both_of_her_bonds() {
        assertThat(after(new ConflictingDeed(Faction.CHAOS))).isEqualTo(new Bonds(50, 45, 35));
    }

    @Test
    void a_void_deed_strains_no_one() {
        assertThat(after(new ConflictingDeed(Faction.VOID))).isEqualTo(new Bonds(50, 50, 40));
    }

    @Test
    void a_bond_never_rises_above_100_and_the_change_reports_what_was_really_gained() {
        Family.Change change = ariasFamilyWith(98, 50, 40).apply(new GiftGiven(Companion.ASHNAR), RULES, LATER);

        assertThat(change.family().bonds().playerAshnar()).isEqualTo(100);
        assertThat(change.events()).containsExactly(new FamilyEvent.BondChanged(ARIAS_FAMILY,
                BondPair.PLAYER_ASHNAR, 98, 100, 2, BondCause.GIFT, LATER));
    }

    @Test
    void a_bond_never_falls_below_0() {
        Family.Change change = ariasFamilyWith(3, 50, 40).apply(new Abandoned(Companion.ASHNAR), RULES, LATER);

        assertThat(change.family().bonds()).isEqualTo(new Bonds(0, 50, 32));
    }

    @Test
    void a_bond_already_at_100_does_not_announce_a_change() {
        Family.Change change = ariasFamilyWith(100, 50, 40).apply(new GiftGiven(Companion.ASHNAR), RULES, LATER);

        assertThat(change.events()).isEmpty();
    }

    @Test
    void any_bond_event_counts_as_a_family_interaction() {
        Family.Change change = ariasFamilyWith(50, 50, 40).apply(new Protected(BondPair.PLAYER_IRIL), RULES, LATER);

        assertThat(change.family().lastInteraction()).isEqualTo(LATER);
    }

    @Test
    void designers_may_change_the_deltas() {
        FamilyRules generous = new FamilyRules(new Bonds(50, 50, 40), 20, 50, 80, 4,
                new BondDeltas(3, 10, 4, -8, -5), NeglectRule.defaults(), 10, RULES.companionStats());

        Family.Change change = ariasFamilyWith(50, 50, 40).apply(new GiftGiven(Companion.IRIL), generous, LATER);

        assertThat(change.family().bonds().playerIril()).isEqualTo(60);
    }
}
