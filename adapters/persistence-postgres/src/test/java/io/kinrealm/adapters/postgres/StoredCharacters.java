package io.kinrealm.adapters.postgres;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.letters;

import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.testing.contract.CharacterBirths;
import io.kinrealm.testing.contract.ContractFixtures;

/** Characters born and stored, with a fresh account of their own, so that foreign keys to them hold. */
final class StoredCharacters {
    private StoredCharacters() {
    }

    /** A drakari character and its family, stored with a new account in the database. */
    static NewCharacter stored(PostgresDatabase database) {
        Account account = ContractFixtures.anAccount();
        database.accounts().insert(account);
        NewCharacter born = CharacterBirths.born(account.id(), "Aria" + letters(12), "drakari", NOW);
        database.characters().insert(born);
        return born;
    }
}
