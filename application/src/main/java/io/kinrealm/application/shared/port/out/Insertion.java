package io.kinrealm.application.shared.port.out;

/** What happened when a repository was asked to store something new that must be unique. */
public enum Insertion {
    /** Stored. */
    INSERTED,
    /** Not stored: something with the same unique key (a name, ignoring case) already exists. */
    DUPLICATE,
    /** Not stored: its owner already holds as many as it may. */
    LIMIT_REACHED
}
