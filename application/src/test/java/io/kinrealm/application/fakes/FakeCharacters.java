package io.kinrealm.application.fakes;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Characters in birth order, keyed by the case-insensitive name. */
public final class FakeCharacters implements Characters {
    private final Map<String, Character> byName = new LinkedHashMap<>();

    @Override
    public synchronized Insertion insert(NewCharacter born, int maxPerAccount) {
        long held = byName.values().stream().filter(c -> c.isOwnedBy(born.character().accountId())).count();
        if (held >= maxPerAccount) {
            return Insertion.LIMIT_REACHED;
        }
        return byName.putIfAbsent(born.character().name().key(), born.character()) == null
                ? Insertion.INSERTED : Insertion.DUPLICATE;
    }

    @Override
    public Optional<Character> findById(CharacterId id) {
        return byName.values().stream().filter(character -> character.id().equals(id)).findFirst();
    }

    @Override
    public List<Character> findByAccount(AccountId account) {
        return byName.values().stream().filter(character -> character.isOwnedBy(account)).toList();
    }
}
