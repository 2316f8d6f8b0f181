package io.kinrealm.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryDevotionsTest {
    private final InMemoryDevotions devotions = new InMemoryDevotions();
    private final CharacterId aria = new CharacterId(UUID.randomUUID());

    @Test
    void a_character_that_never_did_a_deed_has_no_stored_devotion() {
        assertThat(devotions.find(aria)).isEmpty();
    }

    @Test
    void the_last_saved_devotion_of_a_character_is_found_and_others_are_untouched() {
        CharacterId brenn = new CharacterId(UUID.randomUUID());
        devotions.save(aria, new Devotion(10, 20, 0));
        devotions.save(aria, new Devotion(20, 20, 0));
        devotions.save(brenn, new Devotion(0, 0, 5));

        assertThat(devotions.find(aria)).contains(new Devotion(20, 20, 0));
        assertThat(devotions.find(brenn)).contains(new Devotion(0, 0, 5));
    }
}
