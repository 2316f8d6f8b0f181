package io.kinrealm.adapters.memory;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Characters and the families founded with them, kept in this process; a name is taken ignoring case. */
public final class InMemoryCharacters implements Characters {
    private final Map<CharacterId, Character> byId = new HashMap<>();
    private final Map<String, CharacterId> byName = new HashMap<>();
    private final Map<FamilyId, Family> families = new HashMap<>();

    @Override
    public synchronized Insertion insert(NewCharacter born, int maxPerAccount) {
        Character character = born.character();
        if (byId.values().stream().filter(held -> held.isOwnedBy(character.accountId())).count() >= maxPerAccount) {
            return Insertion.LIMIT_REACHED;
        }
        if (byName.putIfAbsent(character.name().key(), character.id()) != null) {
            return Insertion.DUPLICATE;
        }
        byId.put(character.id(), character);
        families.put(born.family().id(), born.family());
        return Insertion.INSERTED;
    }

    @Override
    public synchronized Optional<Character> findById(CharacterId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Character> findByAccount(AccountId account) {
        return byId.values().stream().filter(c -> c.isOwnedBy(account))
                .sorted(Comparator.comparing(Character::createdAt).thenComparing(c -> c.name().key()))
                .toList();
    }

    /** The family founded with a character, for tests and the families capability. */
    public synchronized Optional<Family> familyOf(FamilyId id) {
        return Optional.ofNullable(families.get(id));
    }
}
