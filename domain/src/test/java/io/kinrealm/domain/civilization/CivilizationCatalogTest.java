package io.kinrealm.domain.civilization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.domain.divine.Devotion;
import java.util.List;
import org.junit.jupiter.api.Test;

class CivilizationCatalogTest {
    private final CivilizationCatalog catalog = CivilizationCatalog.defaults();

    @Test
    void the_nine_civilizations_of_the_rules_sheet_come_in_order_with_their_tongues() {
        assertThat(catalog.all())
                .extracting(Civilization::id, civilization -> civilization.nativeTongue().name())
                .containsExactly(
                        tuple("solari", "Solic"), tuple("nocteri", "Noctic"), tuple("terran", "Terran"),
                        tuple("sylvan", "Sylvic"), tuple("ferric", "Ferric"), tuple("abyssal", "Abyssal"),
                        tuple("aetheri", "Aetheric"), tuple("drakari", "Draconic"), tuple("umbral", "Umbric"));
        assertThat(catalog.ids()).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void a_drakari_is_born_devoted_to_chaos() {
        assertThat(catalog.find("drakari")).map(Civilization::startingDevotion).contains(new Devotion(0, 20, 0));
    }

    @Test
    void every_civilization_grants_some_starting_devotion() {
        assertThat(catalog.all()).allSatisfy(civilization ->
                assertThat(civilization.startingDevotion().total()).isPositive());
    }

    @Test
    void an_unknown_or_missing_civilization_is_not_found() {
        assertThat(catalog.find("elven")).isEmpty();
        assertThat(catalog.find("Drakari")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void a_catalog_with_the_same_id_twice_is_refused() {
        Civilization drakari = catalog.find("drakari").orElseThrow();
        Civilization renamed = new Civilization("drakari", "Dragonkin", drakari.nativeTongue(),
                drakari.startingDevotion(), drakari.hallStyle());

        assertThatIllegalArgumentException().isThrownBy(() -> new CivilizationCatalog(List.of(drakari, renamed)))
                .withMessageContaining("drakari");
    }

    @Test
    void a_catalog_needs_at_least_one_civilization() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CivilizationCatalog(List.of()));
    }

    @Test
    void designers_may_rename_a_civilization_but_its_id_stays_a_lowercase_word() {
        Language draconic = new Language("draconic", "Draconic");

        assertThat(new Civilization("drakari", "Dragonkin", draconic, Devotion.none(), "roost").name())
                .isEqualTo("Dragonkin");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Civilization("Drakari", "Drakari", draconic, Devotion.none(), "roost"));
    }
}
