package io.kinrealm.adapters.postgres;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.family.BondEvent;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.family.Kinship;
import io.kinrealm.domain.language.Proficiency;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A family's bonds and kin, a devotion and tongues survive closing the database and starting it again. */
class FamilyRestartTest extends FreshSchemaTest {
    private static final FamilyRules RULES = FamilyRules.defaults();

    @Test
    void a_familys_changed_bonds_and_kin_are_there_after_a_restart() {
        Family changed;
        CharacterId kin;
        CharacterId invited;
        try (PostgresDatabase before = PostgresDatabase.start(schema.settings(), null)) {
            NewCharacter aria = StoredCharacters.stored(before);
            kin = StoredCharacters.stored(before).character().id();
            invited = StoredCharacters.stored(before).character().id();
            changed = withKin(aria, kin, invited);
            before.families().save(changed);
            before.devotions().save(aria.character().id(), new Devotion(7, 8, 9));
            before.tongues().save(Tongues.restore(aria.character().id(), Map.of("solic", new Proficiency(42))));
        }

        try (PostgresDatabase after = PostgresDatabase.start(schema.settings(), null)) {
            assertThat(after.families().findByOwner(changed.owner())).hasValueSatisfying(family -> {
                assertThat(family.bonds()).isEqualTo(changed.bonds()).isNotEqualTo(RULES.startingBonds());
                assertThat(family.lastInteraction()).isEqualTo(changed.lastInteraction());
                assertThat(family.kinship()).isEqualTo(new Kinship(Set.of(invited), Set.of(kin)));
            });
            assertThat(after.devotions().find(changed.owner())).contains(new Devotion(7, 8, 9));
            assertThat(after.tongues().find(changed.owner()))
                    .hasValueSatisfying(tongues -> assertThat(tongues.in("solic")).isEqualTo(new Proficiency(42)));
        }
    }

    private static Family withKin(NewCharacter aria, CharacterId kin, CharacterId invited) {
        CharacterId owner = aria.character().id();
        Family gifted = aria.family().apply(new BondEvent.GiftGiven(Companion.IRIL), RULES, NOW.plusSeconds(60))
                .family();
        Family granted = done(gifted.grantKin(owner, kin, RULES, NOW.plusSeconds(61)));
        Family accepted = done(granted.acceptKin(kin, NOW.plusSeconds(62)));
        return done(accepted.grantKin(owner, invited, RULES, NOW.plusSeconds(63)));
    }

    private static Family done(Outcome<Family.Change> outcome) {
        return ((Outcome.Done<Family.Change>) outcome).value().family();
    }
}
