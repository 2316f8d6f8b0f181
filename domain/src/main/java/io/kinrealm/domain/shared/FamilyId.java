package io.kinrealm.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a family: a character with its companions Ashnar and Iril. */
public record FamilyId(UUID value) {
    public FamilyId {
        Objects.requireNonNull(value, "family id");
    }

    public static Optional<FamilyId> parse(String text) {
        return Ids.parseUuid(text).map(FamilyId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
