package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComprehensionProfileTest {

    @Test
    void everyone_shares_one_profile_for_common() {
        assertThat(new ComprehensionProfile("common", new Proficiency(10), true))
                .isEqualTo(new ComprehensionProfile("common", Proficiency.FLUENT, false));
    }

    @Test
    void readers_helped_by_iril_share_one_profile_whatever_they_know() {
        ComprehensionProfile beginner = new ComprehensionProfile("sylvic", new Proficiency(5), true);
        ComprehensionProfile scholar = new ComprehensionProfile("sylvic", new Proficiency(90), true);

        assertThat(beginner).isEqualTo(scholar);
        assertThat(beginner.irilTranslates()).isTrue();
    }

    @Test
    void a_fluent_reader_needs_no_translation_even_when_iril_could_help() {
        ComprehensionProfile profile = new ComprehensionProfile("sylvic", Proficiency.FLUENT, true);

        assertThat(profile.irilTranslates()).isFalse();
        assertThat(profile).isEqualTo(new ComprehensionProfile("sylvic", Proficiency.FLUENT, false));
    }

    @Test
    void readers_without_iril_share_a_profile_only_with_equal_proficiency() {
        assertThat(new ComprehensionProfile("sylvic", new Proficiency(40), false))
                .isEqualTo(new ComprehensionProfile("sylvic", new Proficiency(40), false))
                .isNotEqualTo(new ComprehensionProfile("sylvic", new Proficiency(41), false))
                .isNotEqualTo(new ComprehensionProfile("draconic", new Proficiency(40), false));
    }
}
