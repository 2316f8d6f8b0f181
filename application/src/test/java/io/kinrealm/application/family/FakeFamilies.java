package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Families by id; the last save wins. Counts its reads. */
public final class FakeFamilies implements Families {
    private final Map<FamilyId, Family> byId = new LinkedHashMap<>();
    private int reads;

    @Override
    public Optional<Family> findById(FamilyId id) {
        reads++;
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Family> findByOwner(CharacterId owner) {
        reads++;
        return byId.values().stream().filter(family -> family.owner().equals(owner)).findFirst();
    }

    @Override
    public List<Family> findByKin(CharacterId kin) {
        reads++;
        return byId.values().stream().filter(family -> family.kinship().kin().contains(kin)).toList();
    }

    /** How many times the families were read. */
    int reads() {
        return reads;
    }

    @Override
    public void save(Family family) {
        byId.put(family.id(), family);
    }
}
