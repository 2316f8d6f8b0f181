package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each connection's reader profile current: the core announces on the internal readers channel when a
 * character learned a tongue or its bond with Iril changed tier, and this node reads the profile again for that
 * character's local connections, so chat delivered from then on is rendered for who the reader is now. When the bus
 * may have lost such an announcement, every local profile is read again.
 */
final class ReaderWatch implements EventBus.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderWatch.class);

    private final Collection<Connection> connections;
    private final ReaderProfileUseCase readers;
    private final Executor threads;

    ReaderWatch(Collection<Connection> connections, ReaderProfileUseCase readers, Executor threads) {
        this.connections = connections;
        this.readers = readers;
        this.threads = threads;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (!EventNames.READER_CHANGED.equals(event.name())) {
            return;
        }
        String character = String.valueOf(event.data().get("characterId"));
        refreshLater(connection -> connection.identity()
                .filter(identity -> identity.character().toString().equals(character)).isPresent());
    }

    @Override
    public void onPossibleLoss(String channel) {
        refreshLater(connection -> connection.identity().isPresent());
    }

    private void refreshLater(Predicate<Connection> which) {
        try {
            threads.execute(() -> connections.stream().filter(which).forEach(this::refresh));
        } catch (RejectedExecutionException e) {
            LOG.debug("The node is stopping; reader profiles are not read again");
        }
    }

    private void refresh(Connection connection) {
        connection.identity().ifPresent(identity -> {
            try {
                connection.reader(readers.readerProfile(identity.character()));
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the reader profile of connection {}: {}", connection.id(), e.getMessage());
            }
        });
    }
}
