package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIA;
import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.ariasFamily;
import static io.kinrealm.domain.family.Families.someone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

class CompanionOrdersTest {

    private static Family.Change done(Outcome<Family.Change> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Family.Change>) outcome).value();
    }

    @Test
    void a_companion_told_to_stay_stays_while_the_other_keeps_following() {
        Family.Change change = done(ariasFamily().order(ARIA, Companion.IRIL, CompanionOrder.STAY, DAWN));

        assertThat(change.family().orderOf(Companion.IRIL)).isEqualTo(CompanionOrder.STAY);
        assertThat(change.family().orderOf(Companion.ASHNAR)).isEqualTo(CompanionOrder.FOLLOW);
        assertThat(change.events()).containsExactly(
                new FamilyEvent.CompanionOrdered(ARIAS_FAMILY, Companion.IRIL, CompanionOrder.STAY, DAWN));
    }

    @Test
    void a_companion_told_to_follow_again_follows() {
        Family staying = done(ariasFamily().order(ARIA, Companion.ASHNAR, CompanionOrder.STAY, DAWN)).family();

        Family following = done(staying.order(ARIA, Companion.ASHNAR, CompanionOrder.FOLLOW, DAWN)).family();

        assertThat(following.orderOf(Companion.ASHNAR)).isEqualTo(CompanionOrder.FOLLOW);
    }

    @Test
    void repeating_the_current_order_announces_nothing() {
        assertThat(done(ariasFamily().order(ARIA, Companion.ASHNAR, CompanionOrder.FOLLOW, DAWN)).events())
                .isEmpty();
    }

    @Test
    void only_the_owner_may_give_orders() {
        Outcome<Family.Change> outcome = ariasFamily().order(someone(1), Companion.IRIL, CompanionOrder.STAY, DAWN);

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<Family.Change>) outcome).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void an_order_is_not_a_family_interaction_and_does_not_reset_neglect() {
        Family family = done(ariasFamily().order(ARIA, Companion.IRIL, CompanionOrder.STAY, DAWN.plusSeconds(60)))
                .family();

        assertThat(family.lastInteraction()).isEqualTo(DAWN);
    }
}
