package io.kinrealm.application.character;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActAsCharacterTest {
    private final TestCore kinrealm = new TestCore();
    private final AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
    private final AccountId tomas = kinrealm.register("Tomas", "sunlit-vows-42");
    private final CharacterId aria = CharacterId.parse(done(kinrealm.core.createCharacter()
            .create(new CreateCharacter(mira, "Aria", "drakari"))).character().id()).orElseThrow();

    @Test
    void a_player_acts_as_their_own_character() {
        assertThat(done(kinrealm.core.actAsCharacter().actAs(mira, aria))).isEqualTo(aria);
    }

    @Test
    void a_player_cannot_act_as_another_players_character() {
        assertThat(rejected(kinrealm.core.actAsCharacter().actAs(tomas, aria)).reason())
                .isEqualTo(Refusal.NOT_YOUR_CHARACTER);
    }

    @Test
    void a_character_that_does_not_exist_is_refused_exactly_like_someone_elses() {
        Outcome<CharacterId> someoneElses = kinrealm.core.actAsCharacter().actAs(tomas, aria);
        Outcome<CharacterId> nobodys = kinrealm.core.actAsCharacter().actAs(tomas, new CharacterId(new UUID(7, 7)));

        assertThat(nobodys).isEqualTo(someoneElses);
    }
}
