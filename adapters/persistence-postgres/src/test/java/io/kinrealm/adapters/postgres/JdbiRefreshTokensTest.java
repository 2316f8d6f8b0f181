package io.kinrealm.adapters.postgres;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.testing.contract.ContractFixtures;
import io.kinrealm.testing.contract.RefreshTokensContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiRefreshTokensTest extends RefreshTokensContract {
    private final PostgresDatabase database;

    JdbiRefreshTokensTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected RefreshTokens newRefreshTokens() {
        return database.refreshTokens();
    }

    @Override
    protected AccountId anAccount() {
        Account account = ContractFixtures.anAccount();
        database.accounts().insert(account);
        return account.id();
    }
}
