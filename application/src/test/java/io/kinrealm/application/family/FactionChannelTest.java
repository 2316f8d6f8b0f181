package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactionChannelTest {
    private final FamilyWorld world = new FamilyWorld();
    private final GameChannelAccess access = new GameChannelAccess(world.devotions, world.rules.divine());

    private static boolean mayJoin(GameChannelAccess policy, Character character, String channel) {
        Outcome<ChannelName> outcome = policy.mayJoin(character, ChannelName.parse(channel).orElseThrow());
        if (outcome instanceof Outcome.Rejected<ChannelName> refused) {
            assertThat(refused.reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
            return false;
        }
        return true;
    }

    @Test
    void a_character_dominated_by_order_may_join_the_order_channel_and_no_other_faction_channel() {
        Character tomas = world.born("Tomas", "terran");

        assertThat(mayJoin(access, tomas, "faction:order")).isTrue();
        assertThat(mayJoin(access, tomas, "faction:chaos")).isFalse();
        assertThat(mayJoin(access, tomas, "faction:void")).isFalse();
    }

    @Test
    void an_unaligned_character_may_join_no_faction_channel() {
        Character umbra = world.born("Umbra", "umbral");

        assertThat(mayJoin(access, umbra, "faction:order")).isFalse();
        assertThat(mayJoin(access, umbra, "faction:chaos")).isFalse();
        assertThat(mayJoin(access, umbra, "faction:void")).isFalse();
    }

    @Test
    void deeds_that_turn_a_chaos_character_to_order_open_the_order_channel_and_close_the_chaos_one() {
        Character aria = world.born("Aria", "drakari");
        assertThat(mayJoin(access, aria, "faction:chaos")).isTrue();

        for (int i = 0; i < 3; i++) {
            done(world.divine.record(new RecordDeed(aria.id(), "keep_oath")));
        }

        assertThat(mayJoin(access, aria, "faction:order")).isTrue();
        assertThat(mayJoin(access, aria, "faction:chaos")).isFalse();
    }

    @Test
    void every_shift_of_the_dominant_faction_is_announced_on_the_internal_access_channel() {
        Character aria = world.born("Aria", "drakari");

        for (int i = 0; i < 3; i++) {
            done(world.divine.record(new RecordDeed(aria.id(), "keep_oath")));
        }

        String id = aria.id().toString();
        assertThat(world.bus.publishedOn(EventNames.ACCESS_CHANNEL))
                .extracting(ChannelEvent::name, ChannelEvent::data).containsExactly(
                        tuple(EventNames.ACCESS_CHANGED,
                                Map.of("characterId", id, "reason", "alignment", "from", "chaos", "to", "unaligned")),
                        tuple(EventNames.ACCESS_CHANGED,
                                Map.of("characterId", id, "reason", "alignment", "from", "unaligned", "to", "order")));
    }

    @Test
    void without_a_devotion_store_faction_channels_follow_the_birth_devotion() {
        Character aria = world.born("Aria", "drakari");
        done(world.divine.record(new RecordDeed(aria.id(), "keep_oath")));

        GameChannelAccess birthOnly = new GameChannelAccess();

        assertThat(mayJoin(birthOnly, aria, "faction:chaos")).isTrue();
        assertThat(mayJoin(birthOnly, aria, "faction:order")).isFalse();
    }
}
