package io.kinrealm.adapters.memory;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.testing.contract.PresenceRegistryContract;

class InMemoryPresenceRegistryTest extends PresenceRegistryContract {
    @Override
    protected PresenceRegistry newRegistry() {
        return new InMemoryPresenceRegistry();
    }
}
