package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Devotions} must do: nothing stored for a character that never did a deed, even one that exists;
 * the points per faction back as saved; the last save wins; one character's devotion never touches another's.
 */
public abstract class DevotionsContract {
    private Devotions devotions;

    /** Devotions over fresh storage, or storage other runs only share with different ids. */
    protected abstract Devotions newDevotions();

    /** A character the storage knows, born with its civilization's starting devotion (storage may require it). */
    protected abstract CharacterId aCharacter();

    @BeforeEach
    public void openDevotions() {
        devotions = newDevotions();
    }

    @Test
    public void a_character_that_never_did_a_deed_has_no_stored_devotion() {
        assertThat(devotions.find(aCharacter())).isEmpty();
    }

    @Test
    public void a_saved_devotion_is_found_with_its_points_per_faction() {
        CharacterId aria = aCharacter();

        devotions.save(aria, new Devotion(12, 0, 345));

        assertThat(devotions.find(aria)).contains(new Devotion(12, 0, 345));
    }

    @Test
    public void the_last_saved_devotion_wins_and_other_characters_are_untouched() {
        CharacterId aria = aCharacter();
        CharacterId brenn = aCharacter();
        devotions.save(aria, new Devotion(10, 20, 0));
        devotions.save(brenn, new Devotion(0, 0, 5));

        devotions.save(aria, new Devotion(20, 25, 1));

        assertThat(devotions.find(aria)).contains(new Devotion(20, 25, 1));
        assertThat(devotions.find(brenn)).contains(new Devotion(0, 0, 5));
    }

    @Test
    public void an_unknown_character_has_no_devotion() {
        devotions.save(aCharacter(), new Devotion(1, 2, 3));

        assertThat(devotions.find(new CharacterId(UUID.randomUUID()))).isEmpty();
    }
}
