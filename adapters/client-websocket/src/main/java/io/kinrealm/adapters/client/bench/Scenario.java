package io.kinrealm.adapters.client.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the bench's clients do: {@code chat}, rooms of players chatting (the fan-out of one message to its room), or
 * {@code positions}, every player reporting where it stands and hearing it back in its family's batched
 * {@code family.positions} events.
 */
enum Scenario {
    CHAT,
    POSITIONS;

    /** The scenario named on the command line; IllegalArgumentException naming the choices otherwise. */
    static Scenario named(String name) {
        return Arrays.stream(values()).filter(scenario -> scenario.argument().equals(name.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--scenario must be one of "
                        + Arrays.stream(values()).map(Scenario::argument).collect(Collectors.joining(", "))
                        + ": " + name));
    }

    /** How the command line and the JSON line spell it. */
    String argument() {
        return name().toLowerCase(Locale.ROOT);
    }
}
