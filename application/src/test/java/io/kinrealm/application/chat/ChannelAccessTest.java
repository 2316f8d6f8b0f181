package io.kinrealm.application.chat;

import static io.kinrealm.application.chat.ChatWorld.familyChannelOf;
import static io.kinrealm.application.chat.ChatWorld.id;
import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase.JoinedChannel;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelAccessTest {
    private static final String SOME_ID = "8f3c2a10-4b5d-4e6f-8a7b-9c0d1e2f3a4b";

    private final ChatWorld world = new ChatWorld();

    private Outcome<JoinedChannel> join(CharacterView who, String channel) {
        return world.kinrealm.core.joinChannel().join(id(who), channel);
    }

    private String direct(CharacterView one, CharacterView other) {
        return ChannelName.direct(id(one), id(other)).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"global", "room:trade", "room:looking-for-group"})
    void everyone_may_join_the_global_channel_and_public_rooms(String channel) {
        assertThat(done(join(world.aria, channel))).isEqualTo(new JoinedChannel(channel, 0));
        assertThat(done(join(world.brann, channel))).isEqualTo(new JoinedChannel(channel, 0));
    }

    @Test
    void joining_tells_where_the_channel_sequence_stands() {
        world.sayNumbered(world.brann, "room:trade", 2);

        assertThat(done(join(world.aria, "room:trade")).lastSeq()).isEqualTo(2);
    }

    @Test
    void a_character_may_join_its_own_familys_channel_but_not_another_familys() {
        assertThat(join(world.aria, familyChannelOf(world.aria))).isInstanceOf(Outcome.Done.class);

        Outcome.Rejected<JoinedChannel> refused = rejected(join(world.aria, familyChannelOf(world.brann)));
        assertThat(refused.reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
        assertThat(refused.reason().code()).isEqualTo("channel_forbidden");
    }

    @Test
    void a_character_may_join_the_channel_of_the_civilization_it_was_born_into_only() {
        assertThat(join(world.aria, "civ:drakari")).isInstanceOf(Outcome.Done.class);
        assertThat(join(world.cael, "civ:drakari")).isInstanceOf(Outcome.Done.class);

        assertThat(rejected(join(world.aria, "civ:solari")).reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @Test
    void a_direct_channel_is_open_to_its_two_ends_and_no_one_else() {
        String ariaAndBrann = direct(world.brann, world.aria);

        assertThat(join(world.aria, ariaAndBrann)).isInstanceOf(Outcome.Done.class);
        assertThat(join(world.brann, ariaAndBrann)).isInstanceOf(Outcome.Done.class);
        assertThat(rejected(join(world.cael, ariaAndBrann)).reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guild:" + SOME_ID, "guild:" + SOME_ID + ":officers", "party:" + SOME_ID,
        "combat:" + SOME_ID})
    void guild_party_and_combat_channels_stay_closed_until_those_capabilities_arrive(String channel) {
        assertThat(rejected(join(world.aria, channel)).reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @Test
    void a_faction_channel_is_open_to_those_whose_dominant_faction_it_is() {
        assertThat(join(world.aria, "faction:chaos")).isInstanceOf(Outcome.Done.class);

        assertThat(rejected(join(world.aria, "faction:order")).reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"room:x", "lobby", "Global", "family:aria", "dm:a:b"})
    void a_malformed_channel_name_is_a_validation_failure_on_the_channel_field(String channel) {
        Outcome.Rejected<JoinedChannel> refused = rejected(join(world.aria, channel));

        assertThat(refused.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refused.fields()).extracting(FieldProblem::field).containsExactly("ch");
    }

    @Test
    void a_character_that_does_not_exist_joins_nothing() {
        CharacterId nobody = new CharacterId(UUID.fromString(SOME_ID));

        assertThat(rejected(world.kinrealm.core.joinChannel().join(nobody, "global")).reason())
                .isEqualTo(Refusal.CHARACTER_NOT_FOUND);
    }
}
