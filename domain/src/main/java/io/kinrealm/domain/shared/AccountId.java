package io.kinrealm.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a player's account: the login that owns characters. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
