package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The devotion of each character, kept in this process; safe to share between threads, last write wins. */
public final class InMemoryDevotions implements Devotions {
    private final ConcurrentMap<CharacterId, Devotion> byCharacter = new ConcurrentHashMap<>();

    @Override
    public Optional<Devotion> find(CharacterId character) {
        return Optional.ofNullable(byCharacter.get(character));
    }

    @Override
    public void save(CharacterId character, Devotion devotion) {
        byCharacter.put(character, devotion);
    }
}
