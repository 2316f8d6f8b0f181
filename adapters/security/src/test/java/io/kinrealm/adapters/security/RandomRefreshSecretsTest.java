package io.kinrealm.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Refresh tokens cannot be guessed, and the server keeps only a fingerprint that identifies each one. */
class RandomRefreshSecretsTest {
    private final RandomRefreshSecrets secrets = new RandomRefreshSecrets();

    @Test
    void a_secret_is_256_random_bits_in_base64url_without_padding() {
        String secret = secrets.newSecret();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void a_thousand_secrets_are_all_different() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> seen.add(secrets.newSecret()));

        assertThat(seen).hasSize(1000);
    }

    @Test
    void a_fingerprint_is_64_lowercase_hex_characters() {
        assertThat(secrets.fingerprint(secrets.newSecret())).matches("[0-9a-f]{64}");
    }

    @Test
    void the_same_secret_always_has_the_same_fingerprint() {
        String secret = secrets.newSecret();

        assertThat(new RandomRefreshSecrets().fingerprint(secret)).isEqualTo(secrets.fingerprint(secret));
    }

    @Test
    void the_fingerprint_is_the_sha256_of_the_secret() {
        assertThat(secrets.fingerprint("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void different_secrets_have_different_fingerprints() {
        String secret = secrets.newSecret();
        String nearlyTheSame = secret.substring(0, 42) + (secret.endsWith("A") ? "B" : "A");

        assertThat(secrets.fingerprint(secret)).isNotEqualTo(secrets.fingerprint(nearlyTheSame));
    }
}
