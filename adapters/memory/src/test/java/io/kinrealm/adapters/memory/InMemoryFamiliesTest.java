package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.testing.contract.ContractFixtures;
import io.kinrealm.testing.contract.FamiliesContract;
import java.util.UUID;

class InMemoryFamiliesTest extends FamiliesContract {
    @Override
    protected Families newFamilies() {
        return new InMemoryFamilies();
    }

    @Override
    protected Family aFoundedFamily() {
        return Family.found(new FamilyId(UUID.randomUUID()), aCharacter(), FamilyRules.defaults(),
                ContractFixtures.NOW).family();
    }

    @Override
    protected CharacterId aCharacter() {
        return new CharacterId(UUID.randomUUID());
    }
}
