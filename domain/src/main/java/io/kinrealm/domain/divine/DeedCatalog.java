package io.kinrealm.domain.divine;

import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every deed the gods notice, by id, in the order designers listed them.
 *
 * @param deeds the deeds by their id
 */
public record DeedCatalog(Map<String, Deed> deeds) {
    public DeedCatalog {
        Map<String, Deed> copy = new LinkedHashMap<>();
        deeds.forEach((id, deed) -> {
            if (!id.equals(deed.id())) {
                throw new IllegalArgumentException("deed listed under another id: " + id);
            }
            copy.put(id, deed);
        });
        deeds = Collections.unmodifiableMap(copy);
    }

    /** A catalog of the given deeds; two deeds may not share an id. */
    public static DeedCatalog of(List<Deed> deeds) {
        Map<String, Deed> byId = new LinkedHashMap<>();
        for (Deed deed : deeds) {
            if (byId.putIfAbsent(deed.id(), deed) != null) {
                throw new IllegalArgumentException("two deeds are called " + deed.id());
            }
        }
        return new DeedCatalog(byId);
    }

    /**
     * The rules sheet: keep_oath +10 Order, show_mercy +5 Order, break_oath +10 Chaos, sow_discord +8 Chaos,
     * commune_void +10 Void, desecrate +6 Void +4 Chaos.
     */
    public static DeedCatalog defaults() {
        return of(List.of(
                new Deed("keep_oath", Map.of(Faction.ORDER, 10)),
                new Deed("show_mercy", Map.of(Faction.ORDER, 5)),
                new Deed("break_oath", Map.of(Faction.CHAOS, 10)),
                new Deed("sow_discord", Map.of(Faction.CHAOS, 8)),
                new Deed("commune_void", Map.of(Faction.VOID, 10)),
                new Deed("desecrate", Map.of(Faction.VOID, 6, Faction.CHAOS, 4))));
    }

    /** The deed called {@code id}, or a refusal naming the unknown deed. */
    public Outcome<Deed> find(String id) {
        Deed deed = deeds.get(id);
        return deed != null ? Outcome.done(deed)
                : Outcome.rejected(Refusal.UNKNOWN_DEED, "No deed is called '" + id + "'.");
    }

    /** Every deed, in catalog order. */
    public List<Deed> all() {
        return List.copyOf(deeds.values());
    }
}
