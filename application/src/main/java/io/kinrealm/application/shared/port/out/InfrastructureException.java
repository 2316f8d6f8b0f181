package io.kinrealm.application.shared.port.out;

/**
 * A dependency of the server (database, Redis) failed. Adapters wrap their technology's errors in this one type so
 * that drivers answer with "service unavailable" rather than a stack trace; it is never a game refusal.
 */
public class InfrastructureException extends RuntimeException {
    private final String dependency;

    public InfrastructureException(String dependency, String message, Throwable cause) {
        super(dependency + ": " + message, cause);
        this.dependency = dependency;
    }

    /** Which dependency failed, e.g. {@code postgresql} or {@code redis}. */
    public String dependency() {
        return dependency;
    }
}
