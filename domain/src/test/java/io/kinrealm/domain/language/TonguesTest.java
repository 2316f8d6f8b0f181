package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TonguesTest {
    private static final CharacterId ARIA = new CharacterId(new UUID(2, 1));
    private static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");
    private static final Language DRACONIC = new Language("draconic", "Draconic");
    private static final Language SYLVIC = new Language("sylvic", "Sylvic");

    private final Tongues arias = Tongues.atBirth(ARIA, DRACONIC);

    @Test
    void a_drakari_is_born_fluent_in_common_and_draconic_and_knows_nothing_of_sylvic() {
        assertThat(arias.in("common")).isEqualTo(Proficiency.FLUENT);
        assertThat(arias.in("draconic")).isEqualTo(Proficiency.FLUENT);
        assertThat(arias.in("sylvic")).isEqualTo(Proficiency.NONE);
        assertThat(arias.all()).containsOnlyKeys("common", "draconic");
    }

    @Test
    void learning_sylvic_raises_it_and_announces_the_change() {
        Tongues.Learning learning = arias.learn(SYLVIC, 25, DAWN);

        assertThat(learning.tongues().in("sylvic")).isEqualTo(new Proficiency(25));
        assertThat(learning.event()).isEqualTo(new LanguageEvent.LanguageLearned(ARIA, "sylvic",
                Proficiency.NONE, new Proficiency(25), DAWN));
        assertThat(arias.in("sylvic")).as("the old tongues are left as they were").isEqualTo(Proficiency.NONE);
    }

    @Test
    void learning_stops_at_100() {
        Tongues almost = Tongues.restore(ARIA, Map.of("sylvic", new Proficiency(90)));

        Tongues.Learning learning = almost.learn(SYLVIC, 30, DAWN);

        assertThat(learning.tongues().in("sylvic")).isEqualTo(Proficiency.FLUENT);
        assertThat(learning.event().before()).isEqualTo(new Proficiency(90));
        assertThat(learning.event().after()).isEqualTo(Proficiency.FLUENT);
    }

    @Test
    void learning_nothing_is_a_mistake_of_the_caller() {
        assertThatIllegalArgumentException().isThrownBy(() -> arias.learn(SYLVIC, 0, DAWN));
    }

    @Test
    void common_is_fluent_whatever_storage_says() {
        Tongues restored = Tongues.restore(ARIA, Map.of("common", new Proficiency(10)));

        assertThat(restored.in("common")).isEqualTo(Proficiency.FLUENT);
    }
}
