package io.kinrealm.adapters.memory;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.testing.contract.RefreshTokensContract;
import java.util.UUID;

class InMemoryRefreshTokensTest extends RefreshTokensContract {
    @Override
    protected RefreshTokens newRefreshTokens() {
        return new InMemoryRefreshTokens();
    }

    @Override
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID());
    }
}
