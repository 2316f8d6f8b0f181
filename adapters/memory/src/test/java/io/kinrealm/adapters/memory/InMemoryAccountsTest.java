package io.kinrealm.adapters.memory;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.testing.contract.AccountsContract;

class InMemoryAccountsTest extends AccountsContract {
    @Override
    protected Accounts newAccounts() {
        return new InMemoryAccounts();
    }
}
