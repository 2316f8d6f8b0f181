package io.kinrealm.adapters.web;

/**
 * Ends the handling of a request with a problem answer. Thrown by the request plumbing (authentication, throttling,
 * body parsing, refusals of the core) and turned into problem+json by {@link Problems}; never a bug.
 */
final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.code(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
