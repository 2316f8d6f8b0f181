package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.testing.contract.PositionsContract;

class InMemoryPositionsTest extends PositionsContract {
    @Override
    protected Positions newPositions() {
        return new InMemoryPositions();
    }
}
