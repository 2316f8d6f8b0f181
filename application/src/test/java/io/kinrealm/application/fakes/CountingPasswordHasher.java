package io.kinrealm.application.fakes;

import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.domain.account.Password;

/** A reversible "hash" that counts how often a password is checked, to see that every login pays the same cost. */
public final class CountingPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "hash:";
    private int checks;

    @Override
    public String hash(Password password) {
        return PREFIX + password.value();
    }

    @Override
    public boolean matches(Password password, String hash) {
        checks++;
        return hash.equals(PREFIX + password.value());
    }

    /** How many passwords were checked against a hash so far. */
    public int checks() {
        return checks;
    }
}
