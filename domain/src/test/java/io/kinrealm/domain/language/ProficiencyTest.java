package io.kinrealm.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProficiencyTest {

    @Test
    void a_proficiency_lies_between_0_and_100() {
        assertThat(new Proficiency(0)).isEqualTo(Proficiency.NONE);
        assertThat(new Proficiency(100)).isEqualTo(Proficiency.FLUENT);
        assertThatIllegalArgumentException().isThrownBy(() -> new Proficiency(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Proficiency(101));
    }

    @Test
    void learning_raises_a_proficiency_but_never_above_100() {
        assertThat(new Proficiency(30).raisedBy(15)).isEqualTo(new Proficiency(45));
        assertThat(new Proficiency(95).raisedBy(15)).isEqualTo(Proficiency.FLUENT);
        assertThat(new Proficiency(95).raisedBy(Integer.MAX_VALUE)).isEqualTo(Proficiency.FLUENT);
    }

    @Test
    void learning_never_lowers_a_proficiency() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Proficiency(30).raisedBy(-5));
    }
}
