package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chat in a racial tongue reads as each recipient understands it; Common reads the same for everyone. A new family's
 * bond with Iril starts Close, so the Terran readers here break an oath first (Iril, of Order, is strained below it).
 */
class TonguesInChatTest {
    private static final String ROOM = "room:nest";
    private static final String WRITTEN = "Fire burns, Brother! Guard the Nest.";

    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.requestsPerSecond = 10_000);
    private final Player drakari = node.player("vyr", "Vyr", "drakari");
    private final Player terran = node.player("odo", "Odo", "terran");
    private final Player otherTerran = node.player("hild", "Hild", "terran");

    TonguesInChatTest() {
        node.recordDeed(terran, "break_oath");
        node.recordDeed(otherTerran, "break_oath");
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_reader_without_the_tongue_sees_foreign_words_and_its_writer_the_original() {
        try (WsClient writer = joined(drakari); WsClient reader = joined(terran)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));

            JsonNode original = writer.event("chat.message").get("d");
            JsonNode scrambled = reader.event("chat.message").get("d");

            assertThat(original.get("text").asText()).isEqualTo(WRITTEN);
            String shown = scrambled.get("text").asText();
            assertThat(shown).isNotEqualTo(WRITTEN);
            assertThat(words(shown)).doesNotContain("Fire", "burns", "Brother", "Guard", "Nest");
            assertThat(shape(shown)).isEqualTo(shape(WRITTEN));
            assertThat(scrambled.get("lang").asText()).isEqualTo("draconic");
            assertThat(scrambled.get("translated").asBoolean()).isFalse();
        }
    }

    @Test
    void readers_of_the_same_comprehension_read_the_same_foreign_words() {
        try (WsClient writer = joined(drakari); WsClient one = joined(terran); WsClient two = joined(otherTerran)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));

            String first = one.event("chat.message").get("d").get("text").asText();
            String second = two.event("chat.message").get("d").get("text").asText();

            assertThat(first).isNotEqualTo(WRITTEN).isEqualTo(second);
        }
    }

    @Test
    void history_does_not_reveal_what_the_reader_cannot_understand() {
        try (WsClient writer = joined(drakari); WsClient reader = joined(terran)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));
            String live = reader.event("chat.message").get("d").get("text").asText();

            JsonNode theirs = reader.request("chat.history", Map.of("ch", ROOM)).get("d").get("messages").get(0);
            JsonNode mine = writer.request("chat.history", Map.of("ch", ROOM)).get("d").get("messages").get(0);

            assertThat(theirs.get("text").asText()).isEqualTo(live).isNotEqualTo(WRITTEN);
            assertThat(mine.get("text").asText()).isEqualTo(WRITTEN);
        }
    }

    @Test
    void a_message_in_common_reads_the_same_for_everyone() {
        try (WsClient writer = joined(drakari); WsClient reader = joined(terran)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN));

            assertThat(writer.event("chat.message").get("d").get("text").asText()).isEqualTo(WRITTEN);
            assertThat(reader.event("chat.message").get("d").get("text").asText()).isEqualTo(WRITTEN);
        }
    }

    @Test
    void a_reader_close_to_iril_reads_the_original_marked_translated() {
        Player befriended = node.player("ysolde", "Ysolde", "terran");
        try (WsClient writer = joined(drakari); WsClient reader = joined(befriended); WsClient other = joined(terran)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));

            JsonNode translated = reader.event("chat.message").get("d");

            assertThat(translated.get("text").asText()).isEqualTo(WRITTEN);
            assertThat(translated.get("translated").asBoolean()).isTrue();
            assertThat(other.event("chat.message").get("d").get("text").asText()).isNotEqualTo(WRITTEN);
        }
    }

    @Test
    void a_reader_whose_bond_with_iril_falls_during_the_session_reads_foreign_words_from_then_on() {
        Player befriended = node.player("ysolde", "Ysolde", "terran");
        try (WsClient writer = joined(drakari); WsClient reader = joined(befriended)) {
            writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));
            assertThat(reader.event("chat.message").get("d").get("translated").asBoolean()).isTrue();

            node.recordDeed(befriended, "break_oath");

            Eventually.until("the reader's profile follows its bond with Iril", () -> {
                writer.request("chat.send", Map.of("ch", ROOM, "text", WRITTEN, "lang", "draconic"));
                JsonNode read = reader.event("chat.message").get("d");
                return !read.get("translated").asBoolean() && !read.get("text").asText().equals(WRITTEN);
            });
        }
    }

    private WsClient joined(Player player) {
        WsClient client = node.signedIn(player);
        JsonNode reply = client.request("room.join", Map.of("ch", ROOM));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        return client;
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^\\p{L}]+"));
    }

    /** The text with every letter replaced by its case: where capitals, spaces and punctuation stand. */
    private static String shape(String text) {
        return text.replaceAll("\\p{Lu}", "A").replaceAll("\\p{Ll}+", "a");
    }
}
