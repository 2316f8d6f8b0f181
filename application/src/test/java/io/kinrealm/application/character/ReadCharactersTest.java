package io.kinrealm.application.character;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.character.port.in.CivilizationView;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadCharactersTest {
    private final TestCore kinrealm = new TestCore();
    private final AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
    private final AccountId tomas = kinrealm.register("Tomas", "sunlit-vows-42");

    private CharacterView create(AccountId account, String name, String civilization) {
        return done(kinrealm.core.createCharacter().create(new CreateCharacter(account, name, civilization)))
                .character();
    }

    @Test
    void a_player_lists_only_their_own_characters_oldest_first() {
        create(mira, "Aria", "drakari");
        kinrealm.clock.advance(Duration.ofHours(1));
        create(tomas, "Solen", "solari");
        create(mira, "Brenn", "ferric");

        assertThat(kinrealm.core.listMyCharacters().listMine(mira)).extracting(CharacterView::name)
                .containsExactly("Aria", "Brenn");
    }

    @Test
    void anyone_may_look_a_character_up() {
        CharacterView aria = create(mira, "Aria", "drakari");

        assertThat(done(kinrealm.core.getCharacter().get(CharacterId.parse(aria.id()).orElseThrow())))
                .isEqualTo(aria);
    }

    @Test
    void a_character_that_was_never_born_is_not_found() {
        assertThat(rejected(kinrealm.core.getCharacter().get(new CharacterId(new UUID(7, 7)))).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
    }

    @Test
    void the_nine_civilizations_are_offered_in_order_with_their_tongues() {
        assertThat(kinrealm.core.listCivilizations().listCivilizations())
                .extracting(CivilizationView::id, CivilizationView::languageName)
                .containsExactly(tuple("solari", "Solic"), tuple("nocteri", "Noctic"), tuple("terran", "Terran"),
                        tuple("sylvan", "Sylvic"), tuple("ferric", "Ferric"), tuple("abyssal", "Abyssal"),
                        tuple("aetheri", "Aetheric"), tuple("drakari", "Draconic"), tuple("umbral", "Umbric"));
    }

    @Test
    void each_civilization_shows_its_starting_devotion_per_faction_in_faction_order() {
        CivilizationView drakari = kinrealm.core.listCivilizations().listCivilizations().get(7);

        assertThat(drakari.startingDevotion()).containsExactly(Map.entry("order", 0), Map.entry("chaos", 20),
                Map.entry("void", 0));
    }

    @Test
    void a_character_shows_the_devotion_its_deeds_earned_not_only_what_it_was_born_with() {
        CharacterView aria = kinrealm.createCharacter(mira, "Aria", "drakari");
        CharacterId ariaId = CharacterId.parse(aria.id()).orElseThrow();

        done(kinrealm.core.families().recordDeed().record(new RecordDeed(ariaId, "keep_oath")));

        assertThat(done(kinrealm.core.getCharacter().get(ariaId)).devotion())
                .containsEntry("order", 10).containsEntry("chaos", 20).containsEntry("void", 0);
    }
}
