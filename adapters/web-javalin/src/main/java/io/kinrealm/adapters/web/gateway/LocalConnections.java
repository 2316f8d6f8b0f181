package io.kinrealm.adapters.web.gateway;

import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's authenticated connections, as the watches of internal channels reach them: work for some of them runs
 * on a gateway thread (never on the bus's), one connection's failure is logged and does not stop the others, and
 * nothing runs once the node is stopping.
 */
final class LocalConnections {
    private static final Logger LOG = LoggerFactory.getLogger(LocalConnections.class);

    private final Collection<Connection> connections;
    private final Executor threads;

    LocalConnections(Collection<Connection> connections, Executor threads) {
        this.connections = connections;
        this.threads = threads;
    }

    /** The connections authenticated as this character. */
    static Predicate<Connection> of(String characterId) {
        return connection -> connection.identity()
                .filter(identity -> identity.character().toString().equals(characterId)).isPresent();
    }

    /** Every authenticated connection. */
    static Predicate<Connection> all() {
        return connection -> connection.identity().isPresent();
    }

    /**
     * Later, on a gateway thread, does {@code work} for each connection {@code which} picks, with its identity.
     * {@code what} names the work in the log ("check channel rights").
     */
    void later(String what, Predicate<Connection> which, BiConsumer<Connection, Identity> work) {
        try {
            threads.execute(() -> connections.stream().filter(which).forEach(connection -> connection.identity()
                    .ifPresent(identity -> {
                        try {
                            work.accept(connection, identity);
                        } catch (RuntimeException e) {
                            LOG.warn("Cannot {} for connection {}: {}", what, connection.id(), e.getMessage());
                        }
                    })));
        } catch (RejectedExecutionException e) {
            LOG.debug("The node is stopping; it does not {} again", what);
        }
    }
}
