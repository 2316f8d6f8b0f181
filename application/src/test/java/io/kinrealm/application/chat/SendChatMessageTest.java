package io.kinrealm.application.chat;

import static io.kinrealm.application.chat.ChatWorld.familyChannelOf;
import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SendChatMessageTest {
    private static final String TRADE = "room:trade";

    private final ChatWorld world = new ChatWorld();

    private long storedOn(String channel) {
        return world.kinrealm.chatLog.lastSeq(ChannelName.parse(channel).orElseThrow());
    }

    private List<FieldProblem> problemsOf(Outcome<ChatMessageView> outcome) {
        Outcome.Rejected<ChatMessageView> refused = rejected(outcome);
        assertThat(refused.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        return refused.fields();
    }

    private void assertNothingStoredOrPushedOn(String channel) {
        assertThat(storedOn(channel)).isZero();
        assertThat(world.kinrealm.bus.publishedOn(channel)).isEmpty();
    }

    @Test
    void a_message_is_stored_with_the_next_number_of_its_channel_and_its_sender_and_time() {
        ChatMessageView first = world.say(world.aria, TRADE, "Selling dragon scales");
        world.kinrealm.clock.advance(Duration.ofSeconds(3));
        ChatMessageView second = world.say(world.brann, TRADE, "How much?");

        assertThat(first).isEqualTo(new ChatMessageView(TRADE, 1, world.aria.id(), "Aria", "common",
                "Selling dragon scales", "2026-03-01T08:00:00Z"));
        assertThat(second).isEqualTo(new ChatMessageView(TRADE, 2, world.brann.id(), "Brann", "common",
                "How much?", "2026-03-01T08:00:03Z"));
        assertThat(storedOn(TRADE)).isEqualTo(2);
    }

    @Test
    void each_channel_numbers_its_messages_on_its_own() {
        world.sayNumbered(world.aria, TRADE, 3);

        assertThat(world.say(world.aria, "global", "Hello, world").seq()).isEqualTo(1);
    }

    @Test
    void a_stored_message_is_pushed_once_to_its_channel_exactly_as_the_sender_was_answered() {
        ChatMessageView first = world.say(world.aria, TRADE, "Selling dragon scales");
        ChatMessageView second = world.say(world.brann, TRADE, "How much?");

        assertThat(world.kinrealm.bus.published()).containsExactly(
                new ChannelEvent(TRADE, "chat.message", 1, first.asEventData()),
                new ChannelEvent(TRADE, "chat.message", 2, second.asEventData()));
    }

    @Test
    void text_is_normalised_before_it_is_stored() {
        ChatMessageView sent = world.say(world.aria, TRADE, "  Cafe\u0301\u200B for\u0007 sale\nat the\tdocks ");

        assertThat(sent.text()).isEqualTo("Caf\u00E9 for sale at the docks");
        assertThat(world.kinrealm.bus.published().getFirst().data()).containsEntry("text", sent.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B\u200D", "\n\r\t", "\u0000"})
    void a_message_with_nothing_visible_is_refused_and_nothing_is_stored_or_pushed(String text) {
        assertThat(problemsOf(world.send(world.aria, TRADE, text, null)))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("text", "empty"));
        assertNothingStoredOrPushedOn(TRADE);
    }

    @Test
    void a_message_has_at_most_500_characters() {
        assertThat(problemsOf(world.send(world.aria, TRADE, "a".repeat(501), null)))
                .extracting(FieldProblem::code).containsExactly("too_long");
        assertNothingStoredOrPushedOn(TRADE);

        assertThat(done(world.send(world.aria, TRADE, "a".repeat(500), null)).seq()).isEqualTo(1);
    }

    @Test
    void a_message_needs_text() {
        assertThat(problemsOf(world.send(world.aria, TRADE, null, null)))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("text", "required"));
    }

    @Test
    void a_message_in_an_unknown_tongue_is_refused_on_the_language_field() {
        assertThat(problemsOf(world.send(world.aria, TRADE, "Ssszzk", "klingon")))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("lang", "unknown"));
        assertNothingStoredOrPushedOn(TRADE);
    }

    @Test
    void bad_text_and_an_unknown_tongue_are_both_reported() {
        assertThat(problemsOf(world.send(world.aria, TRADE, " ", "klingon")))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("text", "lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "draconic", "solic", "umbric"})
    void a_message_may_be_written_in_common_or_any_native_tongue(String language) {
        assertThat(done(world.send(world.aria, TRADE, "Well met", language)).lang()).isEqualTo(language);
    }

    @Test
    void a_message_without_a_tongue_is_in_common() {
        assertThat(done(world.send(world.aria, TRADE, "Well met", null)).lang()).isEqualTo("common");
    }

    @Test
    void no_one_writes_on_a_channel_they_may_not_join() {
        String bransFamily = familyChannelOf(world.brann);

        assertThat(rejected(world.send(world.aria, bransFamily, "Let me in", null)).reason())
                .isEqualTo(Refusal.CHANNEL_FORBIDDEN);
        assertNothingStoredOrPushedOn(bransFamily);
    }

    @Test
    void a_message_to_a_malformed_channel_is_refused_on_the_channel_field() {
        assertThat(problemsOf(world.send(world.aria, "room:x", "Hello", null)))
                .extracting(FieldProblem::field).containsExactly("ch");
        assertThat(world.kinrealm.bus.published()).isEmpty();
    }
}
