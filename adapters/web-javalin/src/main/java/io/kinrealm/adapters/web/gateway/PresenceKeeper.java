package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.presence.port.in.PresenceUseCase;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's presence true: its authenticated connections are kept alive in the presence registry, and the
 * connections that stopped being kept alive anywhere (a node or a socket that died) are ended. Both run on a virtual
 * thread, never two of a kind at once, so a slow registry never holds up the gateway's timers.
 */
final class PresenceKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceKeeper.class);

    private final PresenceUseCase presence;
    private final Collection<Connection> connections;
    private final Executor threads;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicBoolean expiring = new AtomicBoolean();

    PresenceKeeper(PresenceUseCase presence, Collection<Connection> connections, Executor threads) {
        this.presence = presence;
        this.connections = connections;
        this.threads = threads;
    }

    void refresh() {
        once(refreshing, () -> {
            List<PresenceUseCase.Connection> live = connections.stream()
                    .flatMap(connection -> connection.identity().stream()
                            .map(identity -> new PresenceUseCase.Connection(identity.character(), connection.id())))
                    .toList();
            if (!live.isEmpty()) {
                presence.stillConnected(live);
            }
        });
    }

    void expire() {
        once(expiring, presence::expireSilentConnections);
    }

    private void once(AtomicBoolean busy, Runnable work) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        threads.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Presence upkeep failed: {}", e.getMessage());
            } finally {
                busy.set(false);
            }
        });
    }
}
