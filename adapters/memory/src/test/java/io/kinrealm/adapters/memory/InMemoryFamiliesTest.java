package io.kinrealm.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.family.BondEvent;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryFamiliesTest {
    private static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryFamilies families = new InMemoryFamilies();
    private final CharacterId aria = new CharacterId(UUID.randomUUID());
    private final Family founded = Family.found(new FamilyId(UUID.randomUUID()), aria, FamilyRules.defaults(), DAWN)
            .family();

    @Test
    void a_saved_family_is_found_by_its_id_and_by_its_owner() {
        families.save(founded);

        assertThat(families.findById(founded.id())).containsSame(founded);
        assertThat(families.findByOwner(aria)).containsSame(founded);
    }

    @Test
    void the_last_save_of_a_family_wins() {
        families.save(founded);
        Family gifted = founded.apply(new BondEvent.GiftGiven(Companion.IRIL), FamilyRules.defaults(), DAWN)
                .family();

        families.save(gifted);

        assertThat(families.findById(founded.id())).hasValueSatisfying(
                family -> assertThat(family.bonds().playerIril()).isEqualTo(55));
        assertThat(families.findByOwner(aria)).containsSame(gifted);
    }

    @Test
    void an_unknown_family_or_owner_finds_nothing() {
        families.save(founded);

        assertThat(families.findById(new FamilyId(UUID.randomUUID()))).isEmpty();
        assertThat(families.findByOwner(new CharacterId(UUID.randomUUID()))).isEmpty();
    }
}
