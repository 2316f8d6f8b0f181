package io.kinrealm.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelNameTest {
    private static final String LOW = "00000000-0000-0000-0000-000000000001";
    private static final String HIGH = "00000000-0000-0000-0000-000000000002";
    private static final String AN_ID = "8f3c2a10-4b5d-4e6f-8a7b-9c0d1e2f3a4b";

    @ParameterizedTest(name = "{0} is a {1} channel about \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "global | GLOBAL | ''",
        "room:trade | ROOM | trade",
        "room:looking-for-group | ROOM | looking-for-group",
        "room:abc | ROOM | abc",
        "room:bench-0042 | ROOM | bench-0042",
        "family:" + AN_ID + " | FAMILY | " + AN_ID,
        "guild:" + AN_ID + " | GUILD | " + AN_ID,
        "guild:" + AN_ID + ":officers | GUILD_OFFICERS | " + AN_ID,
        "party:" + AN_ID + " | PARTY | " + AN_ID,
        "combat:" + AN_ID + " | COMBAT | " + AN_ID,
        "faction:order | FACTION | order",
        "faction:chaos | FACTION | chaos",
        "faction:void | FACTION | void",
        "civ:drakari | CIV | drakari",
        "civ:sky_folk2 | CIV | sky_folk2",
        "dm:" + LOW + ":" + HIGH + " | DM | " + LOW + ":" + HIGH
    })
    void every_kind_of_channel_is_read_from_its_name(String text, ChannelKind kind, String subject) {
        assertThat(ChannelName.parse(text)).hasValueSatisfying(name -> {
            assertThat(name.value()).isEqualTo(text);
            assertThat(name.kind()).isEqualTo(kind);
            assertThat(name.subject()).isEqualTo(subject);
            assertThat(name.toString()).isEqualTo(text);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"room:ab", "room:abcdefghijklmnopqrstuvwxyz0123456", "room:Trade", "room:trade room",
        "room:trade_talk", "room:tr@de", "room:", "room:ärger"})
    void a_room_name_has_3_to_32_lowercase_letters_digits_or_dashes(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @Test
    void a_room_name_of_exactly_32_characters_is_accepted() {
        assertThat(ChannelName.parse("room:" + "a".repeat(32))).isPresent();
        assertThat(ChannelName.parse("room:" + "a".repeat(33))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"family:", "family:42", "family:not-an-id", "guild:aria", "party:1", "combat:x",
        "guild:" + AN_ID + ":captains", "guild:" + AN_ID + ":officers:officers", "guild::officers",
        "family:" + AN_ID + ":extra"})
    void an_id_channel_needs_a_well_formed_id(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"faction:", "faction:light", "faction:Order", "faction:order:chaos"})
    void the_factions_are_order_chaos_and_void(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"civ:", "civ:d", "civ:Drakari", "civ:2drakari", "civ:drak-ari",
        "civ:abcdefghijklmnopqrstuvwxyz0123456"})
    void a_civilization_channel_names_a_civilization_id(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dm:" + HIGH + ":" + LOW, "dm:" + LOW + ":" + LOW, "dm:" + LOW, "dm:" + LOW + ":",
        "dm:" + LOW + ":" + HIGH + ":" + AN_ID, "dm:aria:tomas"})
    void a_direct_channel_names_two_different_characters_in_order(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Global", "global:", "lobby", "world:main", "guilds:x", ":trade", "room"})
    void anything_else_is_not_a_channel(String text) {
        assertThat(ChannelName.parse(text)).isEmpty();
    }

    @Test
    void an_overlong_name_is_refused_before_it_is_read() {
        assertThat(ChannelName.parse("room:" + "a".repeat(195))).isEmpty();
        assertThat(ChannelName.parse("civ:" + "a".repeat(196))).isEmpty();
    }

    @Test
    void the_direct_channel_of_two_characters_is_the_same_whoever_is_named_first() {
        CharacterId low = new CharacterId(UUID.fromString(LOW));
        CharacterId high = new CharacterId(UUID.fromString(HIGH));

        assertThat(ChannelName.direct(high, low)).isEqualTo(ChannelName.direct(low, high));
        assertThat(ChannelName.direct(high, low).value()).isEqualTo("dm:" + LOW + ":" + HIGH);
        assertThat(ChannelName.parse(ChannelName.direct(high, low).value())).contains(ChannelName.direct(low, high));
    }

    @Test
    void a_direct_channel_is_between_its_two_ends_only() {
        CharacterId low = new CharacterId(UUID.fromString(LOW));
        CharacterId high = new CharacterId(UUID.fromString(HIGH));
        ChannelName direct = ChannelName.direct(low, high);

        assertThat(direct.isDirectBetween(low)).isTrue();
        assertThat(direct.isDirectBetween(high)).isTrue();
        assertThat(direct.isDirectBetween(new CharacterId(UUID.fromString(AN_ID)))).isFalse();
    }

    @Test
    void no_other_kind_of_channel_is_direct_between_anyone() {
        CharacterId someone = new CharacterId(UUID.fromString(AN_ID));

        assertThat(ChannelName.parse("family:" + AN_ID).orElseThrow().isDirectBetween(someone)).isFalse();
        assertThat(ChannelName.GLOBAL.isDirectBetween(someone)).isFalse();
    }

    @Test
    void a_familys_channel_is_named_after_the_family() {
        FamilyId family = new FamilyId(UUID.fromString(AN_ID));

        assertThat(ChannelName.family(family)).isEqualTo(ChannelName.parse("family:" + AN_ID).orElseThrow());
    }
}
