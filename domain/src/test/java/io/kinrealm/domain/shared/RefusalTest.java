package io.kinrealm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void a_refusal_reads_as_its_snake_case_public_code() {
        assertThat(Refusal.CHARACTER_NAME_TAKEN.code()).isEqualTo("character_name_taken");
        assertThat(Refusal.REFRESH_TOKEN_REUSED.code()).isEqualTo("refresh_token_reused");
    }

    @Test
    void every_public_code_is_distinct_and_lowercase() {
        assertThat(Arrays.stream(Refusal.values()).map(Refusal::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(_[a-z]+)*"));
    }
}
