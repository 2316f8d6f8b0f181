package io.kinrealm.adapters.memory;

import io.kinrealm.application.shared.port.out.IdSource;
import java.util.UUID;

/** Random (version 4) UUIDs. */
public final class RandomIds implements IdSource {
    @Override
    public UUID newId() {
        return UUID.randomUUID();
    }
}
