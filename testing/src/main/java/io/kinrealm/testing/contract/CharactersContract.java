package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.letters;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Characters} must do: keep a newborn character together with its family, both or neither; refuse
 * a name another character bears in any case (in any alphabet); list an account's characters oldest first.
 *
 * @param <C> the implementation, so that {@link #familyOf} can read families through it
 */
public abstract class CharactersContract<C extends Characters> {
    private C characters;

    /** Characters over fresh storage, or storage that other runs only share with different names. */
    protected abstract C newCharacters();

    /** An account that exists in the storage of the characters (storage may require the owner to exist). */
    protected abstract AccountId anAccount();

    /** The family stored with a character; the port itself does not read families yet. */
    protected abstract Optional<Family> familyOf(C characters, FamilyId family);

    @BeforeEach
    public void openCharacters() {
        characters = newCharacters();
    }

    @Test
    public void a_stored_character_is_found_with_its_name_civilization_devotion_and_family() {
        NewCharacter born = CharacterBirths.born(anAccount(), "Aria" + letters(10), "nocteri", NOW);

        assertThat(characters.insert(born)).isEqualTo(Insertion.INSERTED);

        Character expected = born.character();
        assertThat(characters.findById(expected.id())).hasValueSatisfying(found -> {
            assertSameCharacter(found, expected);
            assertThat(found.devotion()).isEqualTo(new Devotion(5, 0, 15));
            assertThat(found.civilization()).isEqualTo("nocteri");
        });
    }

    @Test
    public void the_family_founded_at_birth_is_stored_with_the_character() {
        NewCharacter born = CharacterBirths.born(anAccount(), "Aria" + letters(10), "drakari", NOW);
        characters.insert(born);

        assertThat(familyOf(characters, born.family().id())).hasValueSatisfying(family -> {
            assertThat(family.owner()).isEqualTo(born.character().id());
            assertThat(family.bonds()).isEqualTo(new Bonds(50, 50, 40));
            assertThat(family.orderOf(Companion.ASHNAR)).isEqualTo(CompanionOrder.FOLLOW);
            assertThat(family.orderOf(Companion.IRIL)).isEqualTo(CompanionOrder.FOLLOW);
            assertThat(family.lastInteraction()).isEqualTo(NOW);
        });
    }

    @Test
    public void a_name_borne_in_another_case_is_refused_and_nothing_of_the_refused_character_is_stored() {
        String name = "Aria" + letters(10);
        NewCharacter first = CharacterBirths.born(anAccount(), name, "solari", NOW);
        characters.insert(first);
        AccountId other = anAccount();
        NewCharacter refused = CharacterBirths.born(other, name.toUpperCase(Locale.ROOT), "umbral", NOW);

        assertThat(characters.insert(refused)).isEqualTo(Insertion.DUPLICATE);

        assertThat(characters.findById(refused.character().id())).isEmpty();
        assertThat(familyOf(characters, refused.family().id())).isEmpty();
        assertThat(characters.findByAccount(other)).isEmpty();
        assertThat(characters.findById(first.character().id()))
                .hasValueSatisfying(found -> assertSameCharacter(found, first.character()));
    }

    @Test
    public void names_beyond_ascii_are_kept_as_written_and_compared_ignoring_case_and_spelling() {
        String suffix = letters(10);
        NewCharacter elodie = CharacterBirths.born(anAccount(), "Élodie" + suffix, "sylvan", NOW);
        assertThat(characters.insert(elodie)).isEqualTo(Insertion.INSERTED);

        String shouted = "ÉLODIE" + suffix.toUpperCase(Locale.ROOT);
        String decomposed = "E\u0301lodie" + suffix;
        for (String spelling : List.of(shouted, decomposed)) {
            NewCharacter twin = CharacterBirths.born(anAccount(), spelling, "sylvan", NOW);
            assertThat(characters.insert(twin)).as(spelling).isEqualTo(Insertion.DUPLICATE);
        }
        assertThat(characters.findById(elodie.character().id()))
                .hasValueSatisfying(found -> assertThat(found.name().value()).isEqualTo("Élodie" + suffix));
    }

    @Test
    public void the_characters_of_an_account_are_listed_oldest_first_and_no_one_elses() {
        AccountId account = anAccount();
        NewCharacter middle = CharacterBirths.born(account, "Bria" + letters(10), "terran", NOW.plusSeconds(60));
        NewCharacter newest = CharacterBirths.born(account, "Cira" + letters(10), "ferric", NOW.plusSeconds(120));
        NewCharacter oldest = CharacterBirths.born(account, "Dara" + letters(10), "abyssal", NOW);
        NewCharacter stranger = CharacterBirths.born(anAccount(), "Eira" + letters(10), "terran", NOW);
        for (NewCharacter born : List.of(middle, newest, oldest, stranger)) {
            characters.insert(born);
        }

        assertThat(characters.findByAccount(account)).extracting(Character::id).containsExactly(
                oldest.character().id(), middle.character().id(), newest.character().id());
        assertThat(characters.findByAccount(new AccountId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void an_account_at_its_limit_gets_no_more_characters() {
        AccountId account = anAccount();
        for (int i = 0; i < 2; i++) {
            assertThat(characters.insert(CharacterBirths.born(account, "Fara" + letters(10), "terran", NOW), 2))
                    .isEqualTo(Insertion.INSERTED);
        }

        NewCharacter third = CharacterBirths.born(account, "Gara" + letters(10), "terran", NOW);
        assertThat(characters.insert(third, 2)).isEqualTo(Insertion.LIMIT_REACHED);
        assertThat(characters.findById(third.character().id())).isEmpty();
        assertThat(characters.insert(CharacterBirths.born(anAccount(), "Hara" + letters(10), "terran", NOW), 2))
                .as("another account has places of its own").isEqualTo(Insertion.INSERTED);
    }

    @Test
    public void creations_racing_for_the_last_places_of_an_account_never_exceed_its_limit() throws Exception {
        AccountId account = anAccount();
        int limit = 3;
        int racers = 12;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Insertion>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                NewCharacter born = CharacterBirths.born(account, "Ira" + letters(12), "terran", NOW);
                results.add(threads.submit(() -> {
                    start.await();
                    return characters.insert(born, limit);
                }));
            }
            start.countDown();
            List<Insertion> outcomes = new ArrayList<>();
            for (Future<Insertion> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(outcome -> outcome == Insertion.INSERTED).hasSize(limit);
            assertThat(outcomes).filteredOn(outcome -> outcome == Insertion.LIMIT_REACHED).hasSize(racers - limit);
            assertThat(characters.findByAccount(account)).hasSize(limit);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void an_unknown_character_is_not_found() {
        assertThat(characters.findById(new CharacterId(UUID.randomUUID()))).isEmpty();
    }

    private static void assertSameCharacter(Character actual, Character expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.accountId()).isEqualTo(expected.accountId());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.civilization()).isEqualTo(expected.civilization());
        assertThat(actual.familyId()).isEqualTo(expected.familyId());
        assertThat(actual.devotion()).isEqualTo(expected.devotion());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
    }
}
