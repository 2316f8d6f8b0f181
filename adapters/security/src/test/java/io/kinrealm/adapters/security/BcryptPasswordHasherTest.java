package io.kinrealm.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.domain.account.Password;
import org.junit.jupiter.api.Test;

/** Stored passwords are salted bcrypt hashes of the configured cost; a broken hash never crashes a login. */
class BcryptPasswordHasherTest {
    private static final int TEST_COST = 4;
    private static final Password ARIAS_PASSWORD = new Password("starlit-drakari-42");

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(TEST_COST);

    @Test
    void the_password_that_was_hashed_matches_its_hash() {
        String hash = hasher.hash(ARIAS_PASSWORD);

        assertThat(hasher.matches(ARIAS_PASSWORD, hash)).isTrue();
    }

    @Test
    void another_password_does_not_match() {
        String hash = hasher.hash(ARIAS_PASSWORD);

        assertThat(hasher.matches(new Password("starlit-drakari-43"), hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_because_each_has_its_own_salt() {
        String first = hasher.hash(ARIAS_PASSWORD);
        String second = hasher.hash(ARIAS_PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(ARIAS_PASSWORD, first)).isTrue();
        assertThat(hasher.matches(ARIAS_PASSWORD, second)).isTrue();
    }

    @Test
    void the_hash_records_the_configured_cost() {
        assertThat(hasher.hash(ARIAS_PASSWORD)).startsWith("$2a$04$").hasSize(60);
        assertThat(new BcryptPasswordHasher(5).hash(ARIAS_PASSWORD)).startsWith("$2a$05$");
    }

    @Test
    void a_malformed_hash_does_not_match_and_does_not_fail() {
        assertThat(hasher.matches(ARIAS_PASSWORD, "")).isFalse();
        assertThat(hasher.matches(ARIAS_PASSWORD, "not a bcrypt hash")).isFalse();
        assertThat(hasher.matches(ARIAS_PASSWORD, "$2a$04$tooShort")).isFalse();
        assertThat(hasher.matches(ARIAS_PASSWORD, "$9z$04$" + "a".repeat(53))).isFalse();
    }

    @Test
    void a_cost_outside_4_to_31_is_refused_when_the_hasher_is_made() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
