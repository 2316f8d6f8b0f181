package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.DevotionsContract;
import java.util.UUID;

class InMemoryDevotionsTest extends DevotionsContract {
    @Override
    protected Devotions newDevotions() {
        return new InMemoryDevotions();
    }

    @Override
    protected CharacterId aCharacter() {
        return new CharacterId(UUID.randomUUID());
    }
}
