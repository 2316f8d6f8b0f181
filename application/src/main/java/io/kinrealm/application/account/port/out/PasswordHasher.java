package io.kinrealm.application.account.port.out;

import io.kinrealm.domain.account.Password;

/** One-way, salted and deliberately slow hashing of passwords. */
public interface PasswordHasher {

    String hash(Password password);

    /** Whether the password matches the hash; false, never an error, for a hash of another format. */
    boolean matches(Password password, String hash);
}
