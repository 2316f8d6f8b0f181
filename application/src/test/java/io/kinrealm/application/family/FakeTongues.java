package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Tongues by character; the last save wins. */
public final class FakeTongues implements SpokenTongues {
    private final Map<CharacterId, Tongues> byCharacter = new HashMap<>();

    @Override
    public Optional<Tongues> find(CharacterId character) {
        return Optional.ofNullable(byCharacter.get(character));
    }

    @Override
    public void save(Tongues tongues) {
        byCharacter.put(tongues.character(), tongues);
    }
}
