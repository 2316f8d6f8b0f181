package io.kinrealm.application.health.port.out;

/** Asks one dependency of the server (PostgreSQL, Redis) whether it answers. */
public interface DependencyProbe {

    /** The dependency's name as operators read it in the readiness answer, e.g. {@code postgresql}. */
    String name();

    /** Whether the dependency answered a trivial request just now; never throws. */
    boolean isUp();
}
