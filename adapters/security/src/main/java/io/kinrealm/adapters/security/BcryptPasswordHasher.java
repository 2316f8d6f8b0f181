package io.kinrealm.adapters.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.domain.account.Password;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt with a configurable cost (12 by default). Passwords are 10 to 72 bytes by the domain's rule, so none is ever
 * cut silently; hashes of another format simply do not match.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int DEFAULT_COST = 12;

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(Password password) {
        return BCrypt.withDefaults().hashToString(cost, password.value().toCharArray());
    }

    @Override
    public boolean matches(Password password, String hash) {
        try {
            return BCrypt.verifyer().verify(password.value().getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
