package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.language.Proficiency;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SpokenTongues} must do: nothing stored for a character that never learned; every language's
 * proficiency back as saved, learned ones included, Common always fluent; the last save wins, languages it no
 * longer lists included; one character's tongues never touch another's.
 */
public abstract class SpokenTonguesContract {
    private static final Language DRACONIC = new Language("draconic", "Draconic");
    private static final Language SOLIC = new Language("solic", "Solic");

    private SpokenTongues tongues;

    /** Tongues over fresh storage, or storage other runs only share with different ids. */
    protected abstract SpokenTongues newTongues();

    /** A character the storage knows (storage may require it). */
    protected abstract CharacterId aCharacter();

    @BeforeEach
    public void openTongues() {
        tongues = newTongues();
    }

    @Test
    public void a_character_that_never_learned_has_no_stored_tongues() {
        assertThat(tongues.find(aCharacter())).isEmpty();
        assertThat(tongues.find(new CharacterId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void saved_tongues_are_found_with_every_proficiency_learned_ones_included() {
        CharacterId aria = aCharacter();
        Tongues learned = Tongues.atBirth(aria, DRACONIC).learn(SOLIC, 30, NOW).tongues();

        tongues.save(learned);

        assertThat(tongues.find(aria)).hasValueSatisfying(found -> {
            assertThat(found.character()).isEqualTo(aria);
            assertThat(found.all()).isEqualTo(Map.of("common", Proficiency.FLUENT, "draconic", Proficiency.FLUENT,
                    "solic", new Proficiency(30)));
        });
    }

    @Test
    public void the_last_saved_tongues_win_even_over_languages_they_no_longer_list() {
        CharacterId aria = aCharacter();
        tongues.save(Tongues.restore(aria, Map.of("solic", new Proficiency(30), "draconic", Proficiency.FLUENT)));

        tongues.save(Tongues.restore(aria, Map.of("draconic", new Proficiency(99), "umbral", new Proficiency(0))));

        assertThat(tongues.find(aria)).hasValueSatisfying(found -> {
            assertThat(found.all()).isEqualTo(Map.of("common", Proficiency.FLUENT, "draconic", new Proficiency(99),
                    "umbral", Proficiency.NONE));
            assertThat(found.in("solic")).isEqualTo(Proficiency.NONE);
        });
    }

    @Test
    public void saving_one_characters_tongues_leaves_another_untouched() {
        CharacterId aria = aCharacter();
        CharacterId brenn = aCharacter();
        tongues.save(Tongues.atBirth(brenn, SOLIC));

        tongues.save(Tongues.atBirth(aria, DRACONIC).learn(SOLIC, 7, NOW).tongues());

        assertThat(tongues.find(brenn)).hasValueSatisfying(found -> assertThat(found.all())
                .isEqualTo(Map.of("common", Proficiency.FLUENT, "solic", Proficiency.FLUENT)));
    }
}
