package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Devotion by character; the last save wins. */
public final class FakeDevotions implements Devotions {
    private final Map<CharacterId, Devotion> byCharacter = new HashMap<>();

    @Override
    public Optional<Devotion> find(CharacterId character) {
        return Optional.ofNullable(byCharacter.get(character));
    }

    @Override
    public void save(CharacterId character, Devotion devotion) {
        byCharacter.put(character, devotion);
    }
}
