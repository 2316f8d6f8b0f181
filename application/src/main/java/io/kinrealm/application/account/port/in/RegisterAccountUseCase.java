package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/** A newcomer opens an account with a username and a password. */
public interface RegisterAccountUseCase {

    /** Refused with validation_failed for a malformed username or password, username_taken for a taken name. */
    Outcome<AccountView> register(RegisterAccount command);

    record RegisterAccount(String username, String password) {
        @Override
        public String toString() {
            return "RegisterAccount[username=" + username + "]";
        }
    }
}
