package io.kinrealm.domain.divine;

import static io.kinrealm.domain.divine.Faction.CHAOS;
import static io.kinrealm.domain.divine.Faction.ORDER;
import static io.kinrealm.domain.divine.Faction.VOID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeedCatalogTest {
    private final DivineRules rules = DivineRules.defaults();

    @ParameterizedTest(name = "{0} earns {1} Order, {2} Chaos, {3} Void and serves {4}")
    @CsvSource({
        "keep_oath,    10, 0,  0, ORDER",
        "show_mercy,    5, 0,  0, ORDER",
        "break_oath,    0, 10, 0, CHAOS",
        "sow_discord,   0, 8,  0, CHAOS",
        "commune_void,  0, 0, 10, VOID",
        "desecrate,     0, 4,  6, VOID"})
    void every_deed_of_the_sheet_earns_its_points_and_serves_its_faction(String id, int order, int chaos,
                                                                        int voidPoints, Faction serves) {
        Deed deed = found(id);

        assertThat(deed.points()).containsExactly(Map.entry(ORDER, order), Map.entry(CHAOS, chaos),
                Map.entry(VOID, voidPoints));
        assertThat(deed.primaryFaction()).isEqualTo(serves);
    }

    @Test
    void the_sheet_lists_exactly_six_deeds() {
        assertThat(rules.deeds().all()).extracting(Deed::id).containsExactly("keep_oath", "show_mercy",
                "break_oath", "sow_discord", "commune_void", "desecrate");
    }

    @Test
    void desecrating_earns_void_and_chaos_devotion_but_serves_void() {
        Deed desecrate = found("desecrate");

        assertThat(Devotion.none().plus(desecrate)).isEqualTo(new Devotion(0, 4, 6));
        assertThat(desecrate.primaryFaction()).isEqualTo(VOID);
    }

    @Test
    void a_deed_the_catalog_does_not_know_is_refused() {
        Outcome<Deed> outcome = rules.deeds().find("pet_the_cat");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Refusal.UNKNOWN_DEED);
            assertThat(rejected.reason().code()).isEqualTo("unknown_deed");
            assertThat(rejected.detail()).contains("pet_the_cat");
        });
    }

    @Test
    void a_deed_done_in_a_map_section_adds_a_tenth_of_its_points_as_influence_there() {
        SectionInfluence influence = rules.influenceOf(found("commune_void"));

        assertThat(influence.of(VOID)).isEqualByComparingTo("1");
        assertThat(influence.of(ORDER)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void small_deeds_still_add_fractional_influence_to_every_faction_they_serve() {
        SectionInfluence desecration = rules.influenceOf(found("desecrate"));

        assertThat(desecration.of(VOID)).isEqualByComparingTo("0.6");
        assertThat(desecration.of(CHAOS)).isEqualByComparingTo("0.4");
        assertThat(rules.influenceOf(found("show_mercy")).of(ORDER)).isEqualByComparingTo("0.5");
    }

    @Test
    void a_deed_that_earns_nothing_or_takes_devotion_away_cannot_be_listed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Deed("idle", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deed("betray", Map.of(ORDER, -5)));
    }

    @Test
    void two_deeds_cannot_share_an_id() {
        Deed oath = new Deed("keep_oath", Map.of(ORDER, 10));

        assertThatIllegalArgumentException().isThrownBy(() -> DeedCatalog.of(List.of(oath, oath)));
    }

    @Test
    void a_deed_serving_two_factions_equally_serves_the_first_in_faction_order() {
        assertThat(new Deed("balance", Map.of(VOID, 5, CHAOS, 5)).primaryFaction()).isEqualTo(CHAOS);
    }

    private Deed found(String id) {
        return switch (rules.deeds().find(id)) {
            case Outcome.Done<Deed> done -> done.value();
            case Outcome.Rejected<Deed> rejected -> throw new AssertionError(rejected.detail());
        };
    }
}
