package io.kinrealm.adapters.postgres;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.testing.contract.CharacterBirths;
import io.kinrealm.testing.contract.CharactersContract;
import io.kinrealm.testing.contract.ContractFixtures;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiCharactersTest extends CharactersContract<JdbiCharacters> {
    private final PostgresDatabase database;

    JdbiCharactersTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected JdbiCharacters newCharacters() {
        return database.characters();
    }

    @Override
    protected AccountId anAccount() {
        Account account = ContractFixtures.anAccount();
        database.accounts().insert(account);
        return account.id();
    }

    @Override
    protected Optional<Family> familyOf(JdbiCharacters characters, FamilyId family) {
        return characters.familyOf(family);
    }

    @Test
    void a_character_of_an_account_that_does_not_exist_is_not_stored() {
        NewCharacter orphan = CharacterBirths.born(new AccountId(UUID.randomUUID()), "Ora" + letters(10), "solari",
                NOW);

        assertThatThrownBy(() -> database.characters().insert(orphan))
                .isInstanceOfSatisfying(InfrastructureException.class,
                        e -> assertThat(e.dependency()).isEqualTo("postgresql"));
        assertThat(database.characters().findById(orphan.character().id())).isEmpty();
        assertThat(database.characters().familyOf(orphan.family().id())).isEmpty();
    }
}
