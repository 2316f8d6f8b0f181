package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.SpokenTonguesContract;
import java.util.UUID;

class InMemoryTonguesTest extends SpokenTonguesContract {
    @Override
    protected SpokenTongues newTongues() {
        return new InMemoryTongues();
    }

    @Override
    protected CharacterId aCharacter() {
        return new CharacterId(UUID.randomUUID());
    }
}
