package io.kinrealm.domain.civilization;

import io.kinrealm.domain.divine.Devotion;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the nine civilizations a character is born into.
 *
 * @param id                stable lowercase id, e.g. {@code drakari}
 * @param name              display name, e.g. {@code Drakari}
 * @param nativeTongue      the language its characters speak from birth besides Common
 * @param startingDevotion  the devotion a new character of this civilization starts with
 * @param hallStyle         the architecture its guild halls are built in
 */
public record Civilization(String id, String name, Language nativeTongue, Devotion startingDevotion,
                           String hallStyle) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    public Civilization {
        Objects.requireNonNull(id, "civilization id");
        Objects.requireNonNull(name, "civilization name");
        Objects.requireNonNull(nativeTongue, "native tongue");
        Objects.requireNonNull(startingDevotion, "starting devotion");
        Objects.requireNonNull(hallStyle, "hall style");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("civilization id must be lowercase letters, digits or _: " + id);
        }
    }
}
