package io.kinrealm.application.chat;

import static io.kinrealm.application.chat.ChatWorld.familyChannelOf;
import static io.kinrealm.application.chat.ChatWorld.id;
import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatHistoryTest {
    private static final String TRADE = "room:trade";

    private final ChatWorld world = new ChatWorld();

    private Outcome<List<ChatMessageView>> history(CharacterView reader, String channel, long before, int limit) {
        return world.kinrealm.core.chatHistory().history(id(reader), channel, before, limit);
    }

    private List<Long> seqsOf(Outcome<List<ChatMessageView>> page) {
        return done(page).stream().map(ChatMessageView::seq).toList();
    }

    @Test
    void history_comes_newest_first() {
        world.sayNumbered(world.brann, TRADE, 5);

        List<ChatMessageView> page = done(history(world.aria, TRADE, 0, 10));

        assertThat(page).extracting(ChatMessageView::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(page.getFirst().text()).isEqualTo("message 5");
        assertThat(page.getFirst().senderName()).isEqualTo("Brann");
    }

    @Test
    void older_pages_are_read_before_a_sequence_number() {
        world.sayNumbered(world.brann, TRADE, 5);

        assertThat(seqsOf(history(world.aria, TRADE, 4, 2))).containsExactly(3L, 2L);
        assertThat(seqsOf(history(world.aria, TRADE, 2, 2))).containsExactly(1L);
        assertThat(seqsOf(history(world.aria, TRADE, 1, 2))).isEmpty();
    }

    @Test
    void a_page_has_50_messages_unless_asked_otherwise() {
        world.sayNumbered(world.brann, TRADE, 60);

        List<Long> page = seqsOf(history(world.aria, TRADE, 0, 0));

        assertThat(page).hasSize(50).startsWith(60L).endsWith(11L);
    }

    @Test
    void a_page_has_at_most_100_messages() {
        world.sayNumbered(world.brann, TRADE, 101);

        assertThat(seqsOf(history(world.aria, TRADE, 0, 100))).hasSize(100).startsWith(101L).endsWith(2L);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, -1, 1000})
    void a_page_size_beyond_1_to_100_is_refused_on_the_limit_field(int limit) {
        Outcome.Rejected<List<ChatMessageView>> refused = rejected(history(world.aria, TRADE, 0, limit));

        assertThat(refused.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refused.fields()).extracting(FieldProblem::field).containsExactly("limit");
    }

    @Test
    void the_history_of_an_empty_channel_is_empty() {
        assertThat(done(history(world.aria, "global", 0, 10))).isEmpty();
    }

    @Test
    void only_those_who_may_join_a_channel_read_its_history() {
        world.sayNumbered(world.brann, familyChannelOf(world.brann), 2);

        assertThat(seqsOf(history(world.brann, familyChannelOf(world.brann), 0, 10))).containsExactly(2L, 1L);
        assertThat(rejected(history(world.aria, familyChannelOf(world.brann), 0, 10)).reason())
                .isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @Test
    void history_of_a_malformed_channel_is_refused_on_the_channel_field() {
        assertThat(rejected(history(world.aria, "room:?", 0, 10)).fields())
                .extracting(FieldProblem::field).containsExactly("ch");
    }
}
