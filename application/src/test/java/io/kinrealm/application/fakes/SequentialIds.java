package io.kinrealm.application.fakes;

import io.kinrealm.application.shared.port.out.IdSource;
import java.util.UUID;

/** Ids 1, 2, 3... so that test failures are easy to read. */
public final class SequentialIds implements IdSource {
    private long next = 1;

    @Override
    public UUID newId() {
        return new UUID(0, next++);
    }
}
