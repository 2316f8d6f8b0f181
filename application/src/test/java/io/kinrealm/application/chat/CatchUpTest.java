package io.kinrealm.application.chat;

import static io.kinrealm.application.chat.ChatWorld.familyChannelOf;
import static io.kinrealm.application.chat.ChatWorld.id;
import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.chat.port.in.CatchUpUseCase.CatchUp;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.fakes.FakeChatLog;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatchUpTest {
    private static final String TRADE = "room:trade";

    private ChatWorld world = new ChatWorld();

    private CatchUp catchUp(String channel, long lastSeen) {
        return done(world.kinrealm.core.catchUp().catchUp(id(world.aria), channel, lastSeen));
    }

    private static List<Long> seqsOf(List<ChatMessageView> messages) {
        return messages.stream().map(ChatMessageView::seq).toList();
    }

    @Test
    void a_returning_character_gets_exactly_the_messages_it_missed_in_order() {
        world.sayNumbered(world.brann, TRADE, 5);

        CatchUp caught = catchUp(TRADE, 2);

        assertThat(caught.recovered()).isTrue();
        assertThat(caught.channel()).isEqualTo(TRADE);
        assertThat(seqsOf(caught.missed())).containsExactly(3L, 4L, 5L);
        assertThat(caught.missed().getFirst().text()).isEqualTo("message 3");
        assertThat(caught.lastSeq()).isEqualTo(5);
    }

    @Test
    void a_character_that_missed_nothing_is_recovered_with_nothing_to_replay() {
        world.sayNumbered(world.brann, TRADE, 5);

        assertThat(catchUp(TRADE, 5)).isEqualTo(new CatchUp(TRADE, true, List.of(), 5));
        assertThat(catchUp("global", 0)).isEqualTo(new CatchUp("global", true, List.of(), 0));
    }

    @Test
    void a_channel_whose_store_no_longer_holds_what_was_missed_is_not_recovered() {
        world = new ChatWorld(new TestCore(new FakeChatLog(3), KinrealmCore.Realtime.defaults()));
        world.sayNumbered(world.brann, TRADE, 6);

        assertThat(catchUp(TRADE, 1)).isEqualTo(new CatchUp(TRADE, false, List.of(), 6));
        assertThat(catchUp(TRADE, 2)).isEqualTo(new CatchUp(TRADE, false, List.of(), 6));
        assertThat(seqsOf(catchUp(TRADE, 3).missed())).containsExactly(4L, 5L, 6L);
    }

    @Test
    void a_character_that_missed_more_than_the_catch_up_allows_is_told_to_reload() {
        world = new ChatWorld(new TestCore(new FakeChatLog(), new KinrealmCore.Realtime(Duration.ofSeconds(30), 3)));
        world.sayNumbered(world.brann, TRADE, 5);

        assertThat(catchUp(TRADE, 1)).isEqualTo(new CatchUp(TRADE, false, List.of(), 5));
        CatchUp justEnough = catchUp(TRADE, 2);
        assertThat(justEnough.recovered()).isTrue();
        assertThat(seqsOf(justEnough.missed())).containsExactly(3L, 4L, 5L);
    }

    @Test
    void a_sequence_number_the_channel_never_reached_is_not_recovered() {
        world.sayNumbered(world.brann, TRADE, 5);

        assertThat(catchUp(TRADE, 9)).isEqualTo(new CatchUp(TRADE, false, List.of(), 5));
        assertThat(catchUp(TRADE, -1)).isEqualTo(new CatchUp(TRADE, false, List.of(), 5));
    }

    @Test
    void catching_up_on_a_channel_checks_the_access_policy_again() {
        world.sayNumbered(world.brann, familyChannelOf(world.brann), 2);

        assertThat(rejected(world.kinrealm.core.catchUp().catchUp(id(world.aria), familyChannelOf(world.brann), 0))
                .reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
    }

    @Test
    void a_node_replays_the_stored_messages_after_the_last_it_delivered() {
        world.sayNumbered(world.brann, TRADE, 5);

        assertThat(seqsOf(world.kinrealm.core.replayChannel().replay(TRADE, 2, 10))).containsExactly(3L, 4L, 5L);
        assertThat(seqsOf(world.kinrealm.core.replayChannel().replay(TRADE, 2, 2))).containsExactly(3L, 4L);
        assertThat(world.kinrealm.core.replayChannel().replay(TRADE, 5, 10)).isEmpty();
    }

    @Test
    void replaying_a_malformed_channel_gives_nothing() {
        assertThat(world.kinrealm.core.replayChannel().replay("room:?", 0, 10)).isEmpty();
    }
}
