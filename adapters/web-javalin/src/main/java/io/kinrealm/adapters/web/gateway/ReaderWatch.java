package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import java.util.function.Predicate;

/**
 * Keeps each connection's reader profile current: the core announces on the internal readers channel when a
 * character learned a tongue or its bond with Iril changed tier, and this node reads the profile again for that
 * character's local connections, so chat delivered from then on is rendered for who the reader is now. When the bus
 * may have lost such an announcement, every local profile is read again.
 */
final class ReaderWatch implements EventBus.Listener {
    private final LocalConnections connections;
    private final ReaderProfileUseCase readers;

    ReaderWatch(LocalConnections connections, ReaderProfileUseCase readers) {
        this.connections = connections;
        this.readers = readers;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (EventNames.READER_CHANGED.equals(event.name())) {
            refreshLater(LocalConnections.of(String.valueOf(event.data().get("characterId"))));
        }
    }

    @Override
    public void onPossibleLoss(String channel) {
        refreshLater(LocalConnections.all());
    }

    private void refreshLater(Predicate<Connection> which) {
        connections.later("read the reader profile", which,
                (connection, identity) -> connection.reader(readers.readerProfile(identity.character())));
    }
}
