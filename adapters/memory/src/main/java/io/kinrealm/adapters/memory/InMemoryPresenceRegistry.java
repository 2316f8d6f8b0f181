package io.kinrealm.adapters.memory;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The connections of every character in this process (the embedded runtime, where this process is the only node),
 * each with its expiry; a connection is live strictly before it. One lock makes each call atomic, so concurrent
 * sweeps report each character that went offline once. A close that takes a character offline also drops its
 * expired connections, so that the next sweep does not report it a second time.
 */
public final class InMemoryPresenceRegistry implements PresenceRegistry {
    private final Map<CharacterId, Map<String, Instant>> connections = new HashMap<>();

    @Override
    public synchronized boolean connect(CharacterId character, String connectionId, Instant expiresAt, Instant now) {
        boolean wasOnline = isOnline(character, now);
        connections.computeIfAbsent(character, c -> new HashMap<>()).put(connectionId, expiresAt);
        return !wasOnline;
    }

    @Override
    public synchronized void refresh(CharacterId character, String connectionId, Instant expiresAt) {
        Map<String, Instant> own = connections.get(character);
        if (own != null) {
            own.replace(connectionId, expiresAt);
        }
    }

    @Override
    public synchronized boolean disconnect(CharacterId character, String connectionId, Instant now) {
        Map<String, Instant> own = connections.get(character);
        if (own == null || own.remove(connectionId) == null || isOnline(character, now)) {
            return false;
        }
        connections.remove(character);
        return true;
    }

    @Override
    public synchronized List<CharacterId> expire(Instant now) {
        List<CharacterId> offline = new ArrayList<>();
        Iterator<Map.Entry<CharacterId, Map<String, Instant>>> entries = connections.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<CharacterId, Map<String, Instant>> entry = entries.next();
            Map<String, Instant> own = entry.getValue();
            if (own.values().removeIf(expiry -> !expiry.isAfter(now)) && own.isEmpty()) {
                offline.add(entry.getKey());
            }
            if (own.isEmpty()) {
                entries.remove();
            }
        }
        return offline;
    }

    @Override
    public synchronized boolean isOnline(CharacterId character, Instant now) {
        Map<String, Instant> own = connections.get(character);
        return own != null && own.values().stream().anyMatch(expiry -> expiry.isAfter(now));
    }
}
