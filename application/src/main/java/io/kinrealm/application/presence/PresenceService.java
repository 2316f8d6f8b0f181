package io.kinrealm.application.presence;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Online and offline, over every connection of a character on every node, told to its family. */
public final class PresenceService implements PresenceUseCase {

    private final PresenceRegistry registry;
    private final Characters characters;
    private final EventBus bus;
    private final GameClock clock;
    private final Duration lifetime;

    /** @param lifetime how long a connection stays live without being kept alive (30 s by default) */
    public PresenceService(PresenceRegistry registry, Characters characters, EventBus bus, GameClock clock,
                           Duration lifetime) {
        this.registry = registry;
        this.characters = characters;
        this.bus = bus;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public void connected(CharacterId character, String connectionId) {
        Instant now = clock.now();
        if (registry.connect(character, connectionId, now.plus(lifetime), now)) {
            announce(character, "online");
        }
    }

    /**
     * Keeps the connections alive by recording them again: a connection that a sweep already removed (its node was
     * late, not dead) comes back, and its character is announced online again if it had gone offline.
     */
    @Override
    public void stillConnected(Collection<Connection> connections) {
        Instant now = clock.now();
        Instant expiry = now.plus(lifetime);
        connections.forEach(c -> {
            if (registry.connect(c.character(), c.connectionId(), expiry, now)) {
                announce(c.character(), "online");
            }
        });
    }

    @Override
    public void disconnected(CharacterId character, String connectionId) {
        if (registry.disconnect(character, connectionId, clock.now())) {
            announce(character, "offline");
        }
    }

    @Override
    public void expireSilentConnections() {
        registry.expire(clock.now()).forEach(character -> announce(character, "offline"));
    }

    @Override
    public boolean isOnline(CharacterId character) {
        return registry.isOnline(character, clock.now());
    }

    private void announce(CharacterId character, String status) {
        characters.findById(character).ifPresent(found -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("characterId", character.toString());
            data.put("name", found.name().value());
            data.put("status", status);
            bus.publish(new ChannelEvent(ChannelName.family(found.familyId()).value(), EventNames.PRESENCE_CHANGED, 0, data));
        });
    }
}
