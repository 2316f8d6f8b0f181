package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/**
 * A player logs in with username and password and starts a new login. An unknown username and a wrong password are
 * refused alike (invalid_credentials), and take as long, so nobody learns which usernames exist.
 */
public interface LogInUseCase {

    Outcome<SessionTokens> logIn(LogIn command);

    record LogIn(String username, String password) {
        @Override
        public String toString() {
            return "LogIn[username=" + username + "]";
        }
    }
}
