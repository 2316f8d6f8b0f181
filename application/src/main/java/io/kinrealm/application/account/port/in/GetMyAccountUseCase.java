package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/** A logged-in player reads their own account. */
public interface GetMyAccountUseCase {

    Outcome<AccountView> getMyAccount(Principal principal);
}
