package io.kinrealm.application.presence.port.in;

import io.kinrealm.domain.shared.CharacterId;
import java.util.Collection;

/**
 * Connections of characters opening, staying alive and closing. When a character comes online or goes offline (over
 * all its connections on all nodes) a {@code presence.changed} event goes to its family channel.
 */
public interface PresenceUseCase {

    void connected(CharacterId character, String connectionId);

    /** Keeps these connections of this node alive; call it well within the presence lifetime. */
    void stillConnected(Collection<Connection> connections);

    void disconnected(CharacterId character, String connectionId);

    /** Ends the connections that stopped being kept alive (a node or connection died); call it every few seconds. */
    void expireSilentConnections();

    boolean isOnline(CharacterId character);

    /** One connection of a character. */
    record Connection(CharacterId character, String connectionId) {
    }
}
