package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.Kinship;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Families} must do: give back a saved family exactly as it was (bonds, each companion's order, the
 * last interaction to the microsecond, invited and accepted kin), by id and by owner, and by each character that
 * accepted kin access (never by one only invited); let the last save win, kin included; find nothing for an id or
 * owner it never stored.
 */
public abstract class FamiliesContract {
    private Families families;

    /** Families over fresh storage, or storage other runs only share with different ids. */
    protected abstract Families newFamilies();

    /**
     * A family as founded at the birth of a character the storage knows. Storage may require the owner to exist and
     * may already hold this family from the birth: saving it must then replace that same family.
     */
    protected abstract Family aFoundedFamily();

    /** A character the storage knows, to be let in as kin (storage may require kin to exist). */
    protected abstract CharacterId aCharacter();

    @BeforeEach
    public void openFamilies() {
        families = newFamilies();
    }

    @Test
    public void a_saved_family_is_found_by_its_id_and_by_its_owner_exactly_as_it_was() {
        Family saved = changed(aFoundedFamily(), new Bonds(73, 12, 100), CompanionOrder.STAY, CompanionOrder.FOLLOW,
                NOW.plusSeconds(90).plusNanos(654_321_000),
                new Kinship(Set.of(aCharacter()), Set.of(aCharacter(), aCharacter())));

        families.save(saved);

        assertThat(families.findById(saved.id())).hasValueSatisfying(found -> assertSameFamily(found, saved));
        assertThat(families.findByOwner(saved.owner())).hasValueSatisfying(found -> assertSameFamily(found, saved));
    }

    @Test
    public void saving_a_family_again_replaces_its_bonds_orders_last_interaction_and_kin() {
        Family founded = aFoundedFamily();
        CharacterId invitedThenKin = aCharacter();
        CharacterId dropped = aCharacter();
        families.save(changed(founded, new Bonds(60, 60, 60), CompanionOrder.STAY, CompanionOrder.STAY,
                NOW.plusSeconds(10), new Kinship(Set.of(invitedThenKin), Set.of(dropped))));
        Family later = changed(founded, new Bonds(0, 99, 1), CompanionOrder.FOLLOW, CompanionOrder.STAY,
                NOW.plusSeconds(20).plusNanos(1_000), new Kinship(Set.of(aCharacter()), Set.of(invitedThenKin)));

        families.save(later);

        assertThat(families.findById(founded.id())).hasValueSatisfying(found -> assertSameFamily(found, later));
        assertThat(families.findByOwner(founded.owner())).hasValueSatisfying(found -> assertSameFamily(found, later));
    }

    @Test
    public void a_family_whose_kin_all_left_is_found_without_kin() {
        Family founded = aFoundedFamily();
        families.save(changed(founded, founded.bonds(), CompanionOrder.FOLLOW, CompanionOrder.FOLLOW, NOW,
                new Kinship(Set.of(aCharacter()), Set.of(aCharacter()))));

        families.save(founded);

        assertThat(families.findById(founded.id()))
                .hasValueSatisfying(found -> assertThat(found.kinship()).isEqualTo(Kinship.none()));
    }

    @Test
    public void saving_one_family_leaves_another_untouched() {
        Family first = changed(aFoundedFamily(), new Bonds(10, 20, 30), CompanionOrder.STAY, CompanionOrder.STAY,
                NOW, new Kinship(Set.of(), Set.of(aCharacter())));
        Family second = aFoundedFamily();
        families.save(first);

        families.save(second);

        assertThat(families.findById(first.id())).hasValueSatisfying(found -> assertSameFamily(found, first));
        assertThat(families.findByOwner(second.owner())).hasValueSatisfying(found -> assertSameFamily(found, second));
    }

    @Test
    public void an_unknown_family_or_owner_finds_nothing() {
        families.save(aFoundedFamily());

        assertThat(families.findById(new FamilyId(UUID.randomUUID()))).isEmpty();
        assertThat(families.findByOwner(new CharacterId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void a_character_that_accepted_kin_access_finds_the_family_exactly_as_it_was() {
        CharacterId kin = aCharacter();
        Family family = withKinship(aFoundedFamily(), new Kinship(Set.of(aCharacter()), Set.of(kin, aCharacter())));
        families.save(family);

        assertThat(families.findByKin(kin)).singleElement().satisfies(found -> assertSameFamily(found, family));
    }

    @Test
    public void a_character_only_invited_finds_no_family() {
        CharacterId invited = aCharacter();
        families.save(withKinship(aFoundedFamily(), new Kinship(Set.of(invited), Set.of(aCharacter()))));

        assertThat(families.findByKin(invited)).isEmpty();
    }

    @Test
    public void a_character_kin_of_two_families_finds_both_and_no_other() {
        CharacterId kin = aCharacter();
        Family first = withKinship(aFoundedFamily(), new Kinship(Set.of(), Set.of(kin)));
        Family second = withKinship(aFoundedFamily(), new Kinship(Set.of(aCharacter()), Set.of(kin, aCharacter())));
        families.save(first);
        families.save(second);
        families.save(withKinship(aFoundedFamily(), new Kinship(Set.of(kin), Set.of(aCharacter()))));

        assertThat(families.findByKin(kin)).extracting(Family::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    public void a_character_whose_kin_access_was_revoked_finds_the_family_no_more() {
        CharacterId kin = aCharacter();
        CharacterId stays = aCharacter();
        Family founded = aFoundedFamily();
        families.save(withKinship(founded, new Kinship(Set.of(), Set.of(kin, stays))));

        families.save(withKinship(founded, new Kinship(Set.of(), Set.of(stays))));

        assertThat(families.findByKin(kin)).isEmpty();
        assertThat(families.findByKin(stays)).extracting(Family::id).containsExactly(founded.id());
    }

    @Test
    public void the_families_concerning_some_characters_are_those_they_head_and_those_that_took_them_as_kin() {
        Family headed = aFoundedFamily();
        CharacterId kin = aCharacter(); // storage may have born it with a family of its own
        Family tookKin = withKinship(aFoundedFamily(), new Kinship(Set.of(), Set.of(kin, headed.owner())));
        Family onlyInvited = withKinship(aFoundedFamily(), new Kinship(Set.of(kin), Set.of()));
        Family unrelated = aFoundedFamily();
        for (Family family : List.of(headed, tookKin, onlyInvited, unrelated)) {
            families.save(family);
        }

        List<FamilyId> expected = new ArrayList<>(List.of(headed.id(), tookKin.id()));
        families.findByOwner(kin).ifPresent(own -> expected.add(own.id()));

        assertThat(families.findConcerning(List.of(headed.owner(), kin))).extracting(Family::id)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(families.findConcerning(List.of())).isEmpty();
        assertThat(families.findConcerning(List.of(kin))).filteredOn(family -> family.id().equals(tookKin.id()))
                .singleElement().satisfies(family -> assertSameFamily(family, tookKin));
    }

    private static Family withKinship(Family family, Kinship kinship) {
        return changed(family, family.bonds(), CompanionOrder.FOLLOW, CompanionOrder.FOLLOW, NOW, kinship);
    }

    private static Family changed(Family family, Bonds bonds, CompanionOrder ashnar, CompanionOrder iril,
                                  Instant lastInteraction, Kinship kinship) {
        return Family.restore(family.id(), family.owner(), bonds,
                Map.of(Companion.ASHNAR, ashnar, Companion.IRIL, iril), lastInteraction, kinship);
    }

    private static void assertSameFamily(Family actual, Family expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.owner()).isEqualTo(expected.owner());
        assertThat(actual.bonds()).isEqualTo(expected.bonds());
        for (Companion companion : Companion.values()) {
            assertThat(actual.orderOf(companion)).as("order of %s", companion)
                    .isEqualTo(expected.orderOf(companion));
        }
        assertThat(actual.lastInteraction()).isEqualTo(expected.lastInteraction());
        assertThat(actual.kinship()).isEqualTo(expected.kinship());
    }
}
