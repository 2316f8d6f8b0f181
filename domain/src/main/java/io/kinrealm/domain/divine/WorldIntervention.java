package io.kinrealm.domain.divine;

import io.kinrealm.domain.map.SectionPath;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A faction's god stepping into the world, outside any battle, because an operator called on it: over the whole
 * world or over one region of the map (a section of any level). The god acts as it does in battle: Order's Aegis,
 * Chaos's Wrath, Void's Veil.
 *
 * @param faction whose god intervenes
 * @param region  the section it intervenes over, or empty for the whole world
 * @param at      when
 */
public record WorldIntervention(Faction faction, Optional<SectionPath> region, Instant at) {
    public WorldIntervention {
        Objects.requireNonNull(faction, "faction");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(at, "at");
    }

    /** What the god does: the intervention of its faction. */
    public DivineIntervention kind() {
        return DivineIntervention.of(faction);
    }
}
