package io.kinrealm.application.account.port.out;

/** What happened when a role was to be taken from the roles stored on an account. */
public enum Revocation {
    /** The account held the role and no longer does. */
    REVOKED,
    /** The account's stored roles do not include it, so nothing changed. */
    NOT_HELD,
    /** No account has this id. */
    NO_SUCH_ACCOUNT
}
