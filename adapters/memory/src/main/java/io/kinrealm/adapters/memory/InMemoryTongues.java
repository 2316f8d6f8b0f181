package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The tongues each character speaks, kept in this process; safe to share between threads, last write wins. */
public final class InMemoryTongues implements SpokenTongues {
    private final ConcurrentMap<CharacterId, Tongues> byCharacter = new ConcurrentHashMap<>();

    @Override
    public Optional<Tongues> find(CharacterId character) {
        return Optional.ofNullable(byCharacter.get(character));
    }

    @Override
    public void save(Tongues tongues) {
        byCharacter.put(tongues.character(), tongues);
    }
}
