package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIA;
import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamily;
import static io.kinrealm.domain.family.Families.someone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.family.FamilyPosition.Who;
import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.map.SectionPath;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyWhereaboutsTest {
    private static final Position GATE = at(10, 20);
    private static final Position CAMP = at(55, 60);

    private static Position at(double x, double y) {
        return new Position(new SectionPath(List.of(5, 12, 130, 77)), x, y);
    }

    private static Family done(Outcome<Family.Change> outcome) {
        return ((Outcome.Done<Family.Change>) outcome).value().family();
    }

    @Test
    void following_companions_stand_where_their_player_stands() {
        Family family = ariasFamily();

        assertThat(family.tracked()).containsExactly(Locatable.character(ARIA));
        assertThat(family.whereabouts(Map.of(Locatable.character(ARIA), GATE))).containsExactly(
                new FamilyPosition(Who.CHARACTER, ARIA, GATE),
                new FamilyPosition(Who.ASHNAR, ARIA, GATE),
                new FamilyPosition(Who.IRIL, ARIA, GATE));
    }

    @Test
    void a_companion_told_to_stay_keeps_the_place_it_was_told_to_stay_at() {
        Family family = done(ariasFamily().order(ARIA, Companion.IRIL, CompanionOrder.STAY, DAWN));

        assertThat(family.tracked()).containsExactly(Locatable.character(ARIA),
                Locatable.companion(ARIAS_FAMILY, Companion.IRIL));
        assertThat(family.whereabouts(Map.of(Locatable.character(ARIA), GATE,
                Locatable.companion(ARIAS_FAMILY, Companion.IRIL), CAMP))).containsExactly(
                new FamilyPosition(Who.CHARACTER, ARIA, GATE),
                new FamilyPosition(Who.ASHNAR, ARIA, GATE),
                new FamilyPosition(Who.IRIL, ARIA, CAMP));
    }

    @Test
    void accepted_kin_are_tracked_and_invited_characters_are_not() {
        CharacterId bram = someone(1);
        CharacterId cora = someone(2);
        Family invited = done(ariasFamily().grantKin(ARIA, bram, RULES, DAWN));
        Family family = done(done(invited.grantKin(ARIA, cora, RULES, DAWN)).acceptKin(bram, DAWN));

        assertThat(family.tracked()).containsExactly(Locatable.character(ARIA), Locatable.character(bram));
        assertThat(family.whereabouts(Map.of(Locatable.character(bram), CAMP, Locatable.character(cora), GATE)))
                .containsExactly(new FamilyPosition(Who.KIN, bram, CAMP));
    }

    @Test
    void nobody_is_shown_before_a_position_is_known() {
        assertThat(ariasFamily().whereabouts(Map.of())).isEmpty();
    }
}
