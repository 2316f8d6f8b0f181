package io.kinrealm.application.character.port.in;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A character as players see it.
 *
 * @param devotion devotion points per faction id ({@code order}, {@code chaos}, {@code void})
 */
public record CharacterView(String id, String name, String civilization, String familyId,
                            Map<String, Integer> devotion, Instant createdAt) {
    public CharacterView {
        devotion = Collections.unmodifiableMap(new LinkedHashMap<>(devotion));
    }
}
