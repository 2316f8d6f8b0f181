package io.kinrealm.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.DevotionsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiDevotionsTest extends DevotionsContract {
    private final PostgresDatabase database;

    JdbiDevotionsTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected Devotions newDevotions() {
        return database.devotions();
    }

    @Override
    protected CharacterId aCharacter() {
        return StoredCharacters.stored(database).character().id();
    }

    @Test
    void a_character_keeps_the_devotion_it_was_born_with_while_its_earned_devotion_is_saved_apart() {
        NewCharacter born = StoredCharacters.stored(database);
        Devotion atBirth = born.character().devotion();

        database.devotions().save(born.character().id(), new Devotion(40, 40, 40));

        assertThat(database.characters().findById(born.character().id()))
                .hasValueSatisfying(character -> assertThat(character.devotion()).isEqualTo(atBirth));
        assertThat(database.devotions().find(born.character().id())).contains(new Devotion(40, 40, 40));
    }
}
