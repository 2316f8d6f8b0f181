package io.kinrealm.domain.family;

import java.util.Locale;

/** The two companions every character is born with. Ashnar leans Chaos, Iril leans Order. */
public enum Companion {
    ASHNAR, IRIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
