package io.kinrealm.adapters.memory;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Families kept in this process, by id and by owner; safe to share between threads. A save replaces the family's
 * previous state (last write wins). Families are immutable, so readers never see one half-changed. Finding a
 * character's families scans them all: fine for the embedded runtime and tests.
 */
public final class InMemoryFamilies implements Families {
    private final ConcurrentMap<FamilyId, Family> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<CharacterId, FamilyId> byOwner = new ConcurrentHashMap<>();

    @Override
    public Optional<Family> findById(FamilyId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Family> findByOwner(CharacterId owner) {
        return Optional.ofNullable(byOwner.get(owner)).map(byId::get);
    }

    @Override
    public List<Family> findByKin(CharacterId kin) {
        return byId.values().stream().filter(family -> family.kinship().kin().contains(kin)).toList();
    }

    @Override
    public void save(Family family) {
        byId.put(family.id(), family);
        byOwner.put(family.owner(), family.id());
    }
}
