package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchNamesTest {

    @Test
    void numbers_are_written_in_base_26_letters() {
        assertThat(BenchNames.letters(0, 4)).isEqualTo("aaaa");
        assertThat(BenchNames.letters(25, 4)).isEqualTo("aaaz");
        assertThat(BenchNames.letters(26, 4)).isEqualTo("aaba");
        assertThat(BenchNames.letters(26 * 26 * 26 * 26 - 1, 4)).isEqualTo("zzzz");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchNames.letters(26 * 26 * 26 * 26, 4));
    }

    @Test
    void character_names_are_3_to_16_letters_and_unique_ignoring_case() {
        String runId = BenchNames.runId(new Random(7));
        Set<String> names = IntStream.range(0, 20_000).mapToObj(i -> BenchNames.characterName(runId, i))
                .peek(name -> assertThat(name).matches("\\p{L}{3,16}"))
                .map(String::toLowerCase).collect(Collectors.toSet());

        assertThat(names).hasSize(20_000);
    }

    @Test
    void room_and_user_names_follow_the_servers_rules() {
        String runId = BenchNames.runId(new Random(7));

        assertThat(BenchNames.room(runId, 1999)).matches("room:[a-z0-9-]{3,32}");
        assertThat(BenchNames.username(runId, 2499)).matches("[A-Za-z0-9][A-Za-z0-9._-]{2,31}");
    }

    @Test
    void eight_characters_share_an_account() {
        assertThat(BenchNames.accounts(1)).isEqualTo(1);
        assertThat(BenchNames.accounts(8)).isEqualTo(1);
        assertThat(BenchNames.accounts(9)).isEqualTo(2);
        assertThat(BenchNames.accounts(20_000)).isEqualTo(2_500);
    }
}
