package io.kinrealm.adapters.postgres;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.SpokenTonguesContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiTonguesTest extends SpokenTonguesContract {
    private final PostgresDatabase database;

    JdbiTonguesTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected SpokenTongues newTongues() {
        return database.tongues();
    }

    @Override
    protected CharacterId aCharacter() {
        return StoredCharacters.stored(database).character().id();
    }
}
