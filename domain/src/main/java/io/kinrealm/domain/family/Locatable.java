package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.Objects;

/**
 * Someone whose position is kept: a character (the last place it reported), or a companion told to stay (the place
 * it was told to stay at). A following companion has no position of its own: it is where its player is.
 */
public sealed interface Locatable {

    /** A stable text key for stores: {@code c:<character id>} or {@code f:<family id>:<companion>}. */
    String key();

    static Locatable character(CharacterId id) {
        return new Player(id);
    }

    static Locatable companion(FamilyId family, Companion companion) {
        return new StayingCompanion(family, companion);
    }

    record Player(CharacterId id) implements Locatable {
        public Player {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String key() {
            return "c:" + id;
        }
    }

    record StayingCompanion(FamilyId family, Companion companion) implements Locatable {
        public StayingCompanion {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(companion, "companion");
        }

        @Override
        public String key() {
            return "f:" + family + ":" + companion.id();
        }
    }
}
