package io.kinrealm.application.character.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A civilization a new character may be born into, with what it grants. */
public record CivilizationView(String id, String name, String language, String languageName,
                               Map<String, Integer> startingDevotion, String hallStyle) {
    public CivilizationView {
        startingDevotion = Collections.unmodifiableMap(new LinkedHashMap<>(startingDevotion));
    }
}
