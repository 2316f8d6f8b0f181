package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.family.port.out.SpokenTongues;
import java.util.Objects;

/** Where families, devotion and spoken tongues are kept: the out ports of the families capability. */
public record FamilyStores(Families families, Devotions devotions, SpokenTongues tongues) {
    public FamilyStores {
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(devotions, "devotions");
        Objects.requireNonNull(tongues, "tongues");
    }
}
