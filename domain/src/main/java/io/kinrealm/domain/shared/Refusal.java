package io.kinrealm.domain.shared;

import java.util.Locale;

/**
 * Every reason the game may refuse a player's request. Each constant maps one to one to the public error code that
 * clients see (the constant's name in snake case), so a refusal reads the same in the domain, in the REST problem
 * body and in a WebSocket error reply.
 */
public enum Refusal {
    VALIDATION_FAILED,
    USERNAME_TAKEN,
    INVALID_CREDENTIALS,
    INVALID_REFRESH_TOKEN,
    REFRESH_TOKEN_REUSED,
    INVALID_ACCESS_TOKEN,
    ACCOUNT_NOT_FOUND,
    CHARACTER_NAME_TAKEN,
    CHARACTER_LIMIT_REACHED,
    CHARACTER_NOT_FOUND,
    NOT_YOUR_CHARACTER,
    CHANNEL_FORBIDDEN,
    RATE_LIMITED,
    OPERATORS_ONLY,
    UNKNOWN_DEED,
    NOT_YOUR_FAMILY,
    KIN_LIMIT_REACHED,
    ALREADY_KIN,
    CANNOT_BE_OWN_KIN,
    NOT_INVITED_AS_KIN,
    NOT_KIN,
    ROLE_NOT_HELD,
    CANNOT_REVOKE_OWN_OPERATOR_ROLE;

    /** The stable, public snake_case code of this refusal. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
