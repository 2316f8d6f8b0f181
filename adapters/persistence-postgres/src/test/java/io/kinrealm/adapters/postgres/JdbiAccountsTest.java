package io.kinrealm.adapters.postgres;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.testing.contract.AccountsContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiAccountsTest extends AccountsContract {
    private final PostgresDatabase database;

    JdbiAccountsTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected Accounts newAccounts() {
        return database.accounts();
    }
}
