package io.kinrealm.application.fakes;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connections per character with their expiry; a character is online while one of them has not expired. */
public final class FakePresenceRegistry implements PresenceRegistry {
    private final Map<CharacterId, Map<String, Instant>> connections = new HashMap<>();

    @Override
    public boolean connect(CharacterId character, String connectionId, Instant expiresAt, Instant now) {
        boolean wasOnline = isOnline(character, now);
        connections.computeIfAbsent(character, c -> new HashMap<>()).put(connectionId, expiresAt);
        return !wasOnline;
    }

    @Override
    public void refresh(CharacterId character, String connectionId, Instant expiresAt) {
        connections.getOrDefault(character, new HashMap<>()).replace(connectionId, expiresAt);
    }

    @Override
    public boolean disconnect(CharacterId character, String connectionId, Instant now) {
        Map<String, Instant> own = connections.getOrDefault(character, new HashMap<>());
        if (own.remove(connectionId) == null || isOnline(character, now)) {
            return false;
        }
        connections.remove(character);
        return true;
    }

    @Override
    public List<CharacterId> expire(Instant now) {
        List<CharacterId> offline = new ArrayList<>();
        connections.forEach((character, own) -> {
            if (own.values().removeIf(expiry -> !now.isBefore(expiry)) && own.isEmpty()) {
                offline.add(character);
            }
        });
        offline.forEach(connections::remove);
        return offline;
    }

    @Override
    public boolean isOnline(CharacterId character, Instant now) {
        return connections.getOrDefault(character, Map.of()).values().stream().anyMatch(now::isBefore);
    }
}
