package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.family.port.out.SpokenTongues;
import java.util.Objects;

/** Where families, devotion, spoken tongues and positions are kept: the out ports of the families capability. */
public record FamilyStores(Families families, Devotions devotions, SpokenTongues tongues, Positions positions) {
    public FamilyStores {
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(devotions, "devotions");
        Objects.requireNonNull(tongues, "tongues");
        Objects.requireNonNull(positions, "positions");
    }
}
