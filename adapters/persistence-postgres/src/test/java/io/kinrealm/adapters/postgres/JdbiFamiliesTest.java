package io.kinrealm.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.Kinship;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.FamiliesContract;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiFamiliesTest extends FamiliesContract {
    private final PostgresDatabase database;

    JdbiFamiliesTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected Families newFamilies() {
        return database.families();
    }

    @Override
    protected Family aFoundedFamily() {
        return StoredCharacters.stored(database).family();
    }

    @Override
    protected CharacterId aCharacter() {
        return StoredCharacters.stored(database).character().id();
    }

    @Test
    void a_saved_family_is_the_one_its_character_was_born_with() {
        Family founded = aFoundedFamily();
        Family gifted = Family.restore(founded.id(), founded.owner(), new Bonds(80, 80, 80),
                Map.of(Companion.ASHNAR, CompanionOrder.STAY, Companion.IRIL, CompanionOrder.FOLLOW),
                founded.lastInteraction(), Kinship.none());

        database.families().save(gifted);

        assertThat(database.characters().familyOf(founded.id()))
                .hasValueSatisfying(family -> assertThat(family.bonds()).isEqualTo(new Bonds(80, 80, 80)));
    }

    @Test
    void a_family_with_kin_that_is_no_stored_character_is_not_saved_at_all() {
        Family founded = aFoundedFamily();
        Family withGhost = Family.restore(founded.id(), founded.owner(), new Bonds(1, 2, 3),
                Map.of(Companion.ASHNAR, CompanionOrder.STAY, Companion.IRIL, CompanionOrder.STAY),
                founded.lastInteraction(), new Kinship(Set.of(new CharacterId(UUID.randomUUID())), Set.of()));

        assertThatThrownBy(() -> database.families().save(withGhost))
                .isInstanceOfSatisfying(InfrastructureException.class,
                        e -> assertThat(e.dependency()).isEqualTo("postgresql"));
        assertThat(database.families().findById(founded.id())).hasValueSatisfying(family -> {
            assertThat(family.bonds()).isEqualTo(founded.bonds());
            assertThat(family.kinship()).isEqualTo(Kinship.none());
        });
    }

    @Test
    void a_family_saved_under_another_owner_is_refused_and_the_stored_family_is_untouched() {
        Family founded = aFoundedFamily();
        Family usurped = Family.restore(founded.id(), aCharacter(), new Bonds(0, 0, 0),
                Map.of(Companion.ASHNAR, CompanionOrder.STAY, Companion.IRIL, CompanionOrder.STAY),
                founded.lastInteraction(), Kinship.none());

        assertThatThrownBy(() -> database.families().save(usurped)).isInstanceOf(IllegalStateException.class);
        assertThat(database.families().findById(founded.id())).hasValueSatisfying(family -> {
            assertThat(family.owner()).isEqualTo(founded.owner());
            assertThat(family.bonds()).isEqualTo(founded.bonds());
        });
    }
}
