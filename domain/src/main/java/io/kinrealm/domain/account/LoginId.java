package io.kinrealm.domain.account;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one login of an account: every refresh token rotated from the same login shares it, so that a stolen
 * and replayed token can revoke the whole login at once.
 */
public record LoginId(UUID value) {
    public LoginId {
        Objects.requireNonNull(value, "login id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
