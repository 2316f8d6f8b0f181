package io.kinrealm.domain.family;

import io.kinrealm.domain.divine.Faction;
import java.util.Locale;

/** The two companions every character is born with. Ashnar leans Chaos, Iril leans Order. */
public enum Companion {
    ASHNAR(Faction.CHAOS, Faction.ORDER),
    IRIL(Faction.ORDER, Faction.CHAOS);

    private final Faction leaning;
    private final Faction opposite;

    Companion(Faction leaning, Faction opposite) {
        this.leaning = leaning;
        this.opposite = opposite;
    }

    /** The faction this companion's heart leans to. */
    public Faction leaning() {
        return leaning;
    }

    /** A deed of the faction opposite to the companion's leaning strains its bonds; Void deeds strain no one. */
    public boolean isStrainedByDeedOf(Faction deed) {
        return deed == opposite;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
