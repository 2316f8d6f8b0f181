package io.kinrealm.domain.civilization;

import io.kinrealm.domain.divine.Devotion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The civilizations a character may be born into, in display order. Designers may rename them and retune what they
 * grant; their ids are stable because characters and guild halls refer to them.
 */
public final class CivilizationCatalog {
    private final Map<String, Civilization> byId;

    public CivilizationCatalog(List<Civilization> civilizations) {
        Map<String, Civilization> ordered = new LinkedHashMap<>();
        for (Civilization civilization : civilizations) {
            if (ordered.put(civilization.id(), civilization) != null) {
                throw new IllegalArgumentException("duplicate civilization id " + civilization.id());
            }
        }
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one civilization");
        }
        this.byId = ordered;
    }

    /** The nine civilizations of the rules sheet with their tongues, starting devotion and hall styles. */
    public static CivilizationCatalog defaults() {
        return new CivilizationCatalog(List.of(
                civ("solari", "Solari", "solic", "Solic", new Devotion(20, 0, 0), "sunspire"),
                civ("nocteri", "Nocteri", "noctic", "Noctic", new Devotion(5, 0, 15), "moonvault"),
                civ("terran", "Terran", "terran", "Terran", new Devotion(10, 5, 5), "stonekeep"),
                civ("sylvan", "Sylvan", "sylvic", "Sylvic", new Devotion(10, 0, 10), "grovehall"),
                civ("ferric", "Ferric", "ferric", "Ferric", new Devotion(15, 5, 0), "forgeworks"),
                civ("abyssal", "Abyssal", "abyssal", "Abyssal", new Devotion(0, 0, 20), "deepshrine"),
                civ("aetheri", "Aetheri", "aetheric", "Aetheric", new Devotion(10, 5, 10), "skyspire"),
                civ("drakari", "Drakari", "draconic", "Draconic", new Devotion(0, 20, 0), "dragonroost"),
                civ("umbral", "Umbral", "umbric", "Umbric", new Devotion(0, 10, 10), "shadowcourt")));
    }

    private static Civilization civ(String id, String name, String tongueId, String tongue, Devotion devotion,
                                    String hallStyle) {
        return new Civilization(id, name, new Language(tongueId, tongue), devotion, hallStyle);
    }

    public Optional<Civilization> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Civilization> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
