package io.kinrealm.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresSettingsTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/kinrealm";

    @Test
    void without_a_schema_the_public_schema_is_used() {
        assertThat(new PostgresSettings(URL, "kinrealm", "secret", null, 4).schema()).isEqualTo("public");
        assertThat(new PostgresSettings(URL, "kinrealm", "secret", "  ", 4).schema()).isEqualTo("public");
    }

    @Test
    void the_password_never_shows_in_the_text_of_the_settings() {
        assertThat(new PostgresSettings(URL, "kinrealm", "hunter2", "game", 4).toString())
                .contains("kinrealm", "game").doesNotContain("hunter2");
    }

    @Test
    void a_schema_name_that_is_not_a_plain_identifier_is_refused() {
        assertThatThrownBy(() -> new PostgresSettings(URL, "kinrealm", "", "game; DROP TABLE accounts", 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_url_that_is_not_for_postgresql_and_an_empty_pool_are_refused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:mysql://db/kinrealm", "kinrealm", "", "game", 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostgresSettings(URL, "kinrealm", "", "game", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
