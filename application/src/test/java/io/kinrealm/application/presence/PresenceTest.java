package io.kinrealm.application.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.application.presence.port.in.PresenceUseCase.Connection;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceTest {
    private final TestCore kinrealm = new TestCore();
    private final PresenceUseCase presence = kinrealm.core.presence();
    private final AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
    private final CharacterView aria = kinrealm.createCharacter(mira, "Aria", "drakari");
    private final CharacterId ariaId = CharacterId.parse(aria.id()).orElseThrow();
    private final String ariasFamily = "family:" + aria.familyId();

    private ChannelEvent announced(String status) {
        return new ChannelEvent(ariasFamily, "presence.changed", 0,
                Map.of("characterId", aria.id(), "name", "Aria", "status", status));
    }

    private List<ChannelEvent> familyNews() {
        return kinrealm.bus.publishedOn(ariasFamily);
    }

    @Test
    void a_character_comes_online_once_however_many_connections_it_opens() {
        presence.connected(ariaId, "phone");
        presence.connected(ariaId, "laptop");

        assertThat(familyNews()).containsExactly(announced("online"));
        assertThat(presence.isOnline(ariaId)).isTrue();
    }

    @Test
    void a_character_goes_offline_once_its_last_connection_closes() {
        presence.connected(ariaId, "phone");
        presence.connected(ariaId, "laptop");

        presence.disconnected(ariaId, "phone");
        assertThat(familyNews()).containsExactly(announced("online"));
        assertThat(presence.isOnline(ariaId)).isTrue();

        presence.disconnected(ariaId, "laptop");
        assertThat(familyNews()).containsExactly(announced("online"), announced("offline"));
        assertThat(presence.isOnline(ariaId)).isFalse();
    }

    @Test
    void closing_a_connection_twice_announces_nothing_more() {
        presence.connected(ariaId, "phone");
        presence.disconnected(ariaId, "phone");
        presence.disconnected(ariaId, "phone");

        assertThat(familyNews()).containsExactly(announced("online"), announced("offline"));
    }

    @Test
    void a_connection_that_is_no_longer_kept_alive_expires_and_its_character_goes_offline_once() {
        presence.connected(ariaId, "phone");
        kinrealm.clock.advance(Duration.ofSeconds(30));

        presence.expireSilentConnections();
        presence.expireSilentConnections();

        assertThat(familyNews()).containsExactly(announced("online"), announced("offline"));
        assertThat(presence.isOnline(ariaId)).isFalse();
    }

    @Test
    void a_connection_swept_while_its_node_was_late_comes_back_online() {
        presence.connected(ariaId, "phone");
        kinrealm.clock.advance(Duration.ofSeconds(31));
        presence.expireSilentConnections();

        presence.stillConnected(List.of(new Connection(ariaId, "phone")));

        assertThat(familyNews()).containsExactly(announced("online"), announced("offline"), announced("online"));
        assertThat(presence.isOnline(ariaId)).isTrue();
    }

    @Test
    void a_connection_kept_alive_stays_online() {
        presence.connected(ariaId, "phone");
        kinrealm.clock.advance(Duration.ofSeconds(20));
        presence.stillConnected(List.of(new Connection(ariaId, "phone")));
        kinrealm.clock.advance(Duration.ofSeconds(20));

        presence.expireSilentConnections();

        assertThat(familyNews()).containsExactly(announced("online"));
        assertThat(presence.isOnline(ariaId)).isTrue();
    }

    @Test
    void a_connection_closed_after_it_expired_announces_nothing_more() {
        presence.connected(ariaId, "phone");
        kinrealm.clock.advance(Duration.ofSeconds(31));
        presence.expireSilentConnections();

        presence.disconnected(ariaId, "phone");

        assertThat(familyNews()).containsExactly(announced("online"), announced("offline"));
    }

    @Test
    void a_character_is_offline_as_soon_as_its_connections_expired_even_before_they_are_swept() {
        presence.connected(ariaId, "phone");
        kinrealm.clock.advance(Duration.ofSeconds(30));

        assertThat(presence.isOnline(ariaId)).isFalse();
    }

    @Test
    void nothing_is_announced_for_a_character_that_does_not_exist() {
        presence.connected(new CharacterId(new UUID(9, 9)), "ghost");

        assertThat(kinrealm.bus.published()).isEmpty();
    }
}
