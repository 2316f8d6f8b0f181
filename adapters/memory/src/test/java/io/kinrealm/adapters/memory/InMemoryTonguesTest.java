package io.kinrealm.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.language.Proficiency;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryTonguesTest {
    private static final Language DRACONIC = new Language("draconic", "Draconic");
    private static final Language SOLIC = new Language("solic", "Solic");

    private final InMemoryTongues tongues = new InMemoryTongues();
    private final CharacterId aria = new CharacterId(UUID.randomUUID());

    @Test
    void a_character_that_never_learned_has_no_stored_tongues() {
        assertThat(tongues.find(aria)).isEmpty();
    }

    @Test
    void the_last_saved_tongues_of_a_character_are_found() {
        Tongues atBirth = Tongues.atBirth(aria, DRACONIC);
        tongues.save(atBirth);
        Tongues learned = atBirth.learn(SOLIC, 30, Instant.parse("2026-03-01T08:00:00Z")).tongues();

        tongues.save(learned);

        assertThat(tongues.find(aria)).hasValueSatisfying(found -> {
            assertThat(found.in("solic")).isEqualTo(new Proficiency(30));
            assertThat(found.in("draconic")).isEqualTo(Proficiency.FLUENT);
        });
    }
}
