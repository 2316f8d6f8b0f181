package io.kinrealm.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a player character; other aggregates refer to a character only through this id. */
public record CharacterId(UUID value) {
    public CharacterId {
        Objects.requireNonNull(value, "character id");
    }

    /** Reads an id a client sent; empty when the text is not a well-formed id. */
    public static Optional<CharacterId> parse(String text) {
        return Ids.parseUuid(text).map(CharacterId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
