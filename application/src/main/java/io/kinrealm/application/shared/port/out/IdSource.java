package io.kinrealm.application.shared.port.out;

import java.util.UUID;

/** Fresh, unique ids for new accounts, characters, families and logins. */
public interface IdSource {
    UUID newId();
}
