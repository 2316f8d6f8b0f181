package io.kinrealm.adapters.web.gateway;

/** One operation of the protocol, run for an admitted request of a connection. */
@FunctionalInterface
interface Op {
    /** Answered by an operation that queued its reply itself (to order it with the events it causes). */
    Object REPLIED = new Object();

    /**
     * Runs the request and answers the reply's {@code d}, or {@link #REPLIED}; ends with {@link OpRefused} for an
     * error reply.
     */
    Object handle(Connection connection, Request request);
}
