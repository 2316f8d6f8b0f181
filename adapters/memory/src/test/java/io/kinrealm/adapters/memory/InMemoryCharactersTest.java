package io.kinrealm.adapters.memory;

import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.testing.contract.CharactersContract;
import java.util.Optional;
import java.util.UUID;

class InMemoryCharactersTest extends CharactersContract<InMemoryCharacters> {
    @Override
    protected InMemoryCharacters newCharacters() {
        return new InMemoryCharacters();
    }

    @Override
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    protected Optional<Family> familyOf(InMemoryCharacters characters, FamilyId family) {
        return characters.familyOf(family);
    }
}
