package io.kinrealm.domain.character;

import static io.kinrealm.domain.character.Characters.ARIA;
import static io.kinrealm.domain.character.Characters.ARIAS_FAMILY;
import static io.kinrealm.domain.character.Characters.DAWN;
import static io.kinrealm.domain.character.Characters.MIRA;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CharacterTest {

    @Test
    void a_new_character_belongs_to_its_account_and_civilization() {
        Character aria = Characters.aDrakariWarrior().character();

        assertThat(aria.id()).isEqualTo(ARIA);
        assertThat(aria.name().value()).isEqualTo("Aria");
        assertThat(aria.civilization()).isEqualTo("drakari");
        assertThat(aria.createdAt()).isEqualTo(DAWN);
        assertThat(aria.isOwnedBy(MIRA)).isTrue();
        assertThat(aria.isOwnedBy(new AccountId(new UUID(9, 9)))).isFalse();
    }

    @Test
    void a_new_character_starts_with_the_devotion_of_its_civilization() {
        assertThat(Characters.aDrakariWarrior().character().devotion()).isEqualTo(new Devotion(0, 20, 0));
    }

    @Test
    void a_new_character_is_born_with_a_family_of_the_same_id_that_it_heads() {
        NewCharacter born = Characters.aDrakariWarrior();

        assertThat(born.character().familyId()).isEqualTo(ARIAS_FAMILY);
        assertThat(born.family().id()).isEqualTo(ARIAS_FAMILY);
        assertThat(born.family().owner()).isEqualTo(ARIA);
        assertThat(born.family().bonds()).isEqualTo(new Bonds(50, 50, 40));
    }

    @Test
    void the_birth_is_announced_for_the_character_and_for_its_family() {
        NewCharacter born = Characters.aDrakariWarrior();

        assertThat(born.created()).isEqualTo(new CharacterEvent.CharacterCreated(ARIA, MIRA,
                new CharacterName("Aria"), "drakari", ARIAS_FAMILY, DAWN));
        assertThat(born.founded().familyId()).isEqualTo(ARIAS_FAMILY);
        assertThat(born.founded().owner()).isEqualTo(ARIA);
    }

    @Test
    void the_eighth_character_of_an_account_is_still_born() {
        Outcome<NewCharacter> born = Character.create(Characters.ariasBirth(), 7, CharacterRules.defaults(),
                FamilyRules.defaults(), DAWN);

        assertThat(born).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void an_account_at_its_limit_cannot_have_another_character() {
        Outcome<NewCharacter> born = Character.create(Characters.ariasBirth(), 8, CharacterRules.defaults(),
                FamilyRules.defaults(), DAWN);

        assertThat(born).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(Refusal.CHARACTER_LIMIT_REACHED);
            assertThat(rejected.detail()).contains("8");
        });
    }

    @Test
    void the_limit_comes_from_the_rules_designers_tune() {
        Outcome<NewCharacter> born = Character.create(Characters.ariasBirth(), 1, new CharacterRules(1),
                FamilyRules.defaults(), DAWN);

        assertThat(born).isInstanceOfSatisfying(Outcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(Refusal.CHARACTER_LIMIT_REACHED));
    }
}
