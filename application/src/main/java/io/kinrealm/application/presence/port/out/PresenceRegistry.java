package io.kinrealm.application.presence.port.out;

import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.List;

/**
 * The live connections of every character on every node, each until it expires. A character is online while it
 * has at least one live connection anywhere. Nodes keep their connections alive by refreshing them; the connections
 * of a node that died expire by themselves.
 */
public interface PresenceRegistry {

    /** Records a live connection; true when the character had none before, i.e. it just came online. */
    boolean connect(CharacterId character, String connectionId, Instant expiresAt, Instant now);

    /** Keeps a connection alive until the new expiry. */
    void refresh(CharacterId character, String connectionId, Instant expiresAt);

    /** Removes a connection; true when the character now has no live connection anywhere (it just went offline). */
    boolean disconnect(CharacterId character, String connectionId, Instant now);

    /**
     * Removes every connection, of any node, that expired by {@code now} and answers the characters that thereby
     * went offline. Each expired connection is reported to exactly one caller, however many nodes ask at once.
     */
    List<CharacterId> expire(Instant now);

    boolean isOnline(CharacterId character, Instant now);
}
