package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventBus} must do while its link holds: deliver each event published after a subscription began
 * to every listener of that channel, on any node, with its channel, name, sequence number and data intact, in the
 * order one publisher published them; deliver nothing of other channels, and nothing after a subscription closed;
 * and keep delivering to other listeners when one of them throws. Delivery may be asynchronous: tests wait for
 * events (up to 5 s each) and prove absence by waiting for a marker published afterwards.
 *
 * <p>Data travels as a JSON-like tree: integral numbers arrive as an integral {@link Number} of the same value (an
 * {@code int} may arrive as a {@code Long}), so readers use {@code ((Number) x).longValue()}.
 */
public abstract class EventBusContract {
    private final List<EventBus> opened = new ArrayList<>();
    private EventBus bus;

    /** A bus over a fresh link, or over a link that other runs only share with different channel names. */
    protected abstract EventBus newEventBus();

    /**
     * A bus of another node of the same cluster as {@code bus}: events published on either reach subscribers of
     * both. A bus that lives in one process is its own other node.
     */
    protected EventBus anotherNode(EventBus bus) {
        return bus;
    }

    @BeforeEach
    public void openBus() {
        bus = remember(newEventBus());
    }

    @AfterEach
    public void closeBuses() throws Exception {
        for (EventBus each : opened) {
            if (each instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private EventBus remember(EventBus each) {
        if (!opened.contains(each)) {
            opened.add(each);
        }
        return each;
    }

    /** A channel no other run uses. */
    protected static String aChannel() {
        return "room:e" + letters(24);
    }

    private static ChannelEvent event(String channel, String name, long seq) {
        return new ChannelEvent(channel, name, seq, Map.of("n", seq));
    }

    private static void assertSameEvent(ChannelEvent received, ChannelEvent sent) {
        assertThat(received.channel()).isEqualTo(sent.channel());
        assertThat(received.name()).isEqualTo(sent.name());
        assertThat(received.seq()).isEqualTo(sent.seq());
        EventTrees.assertSameTree("data", received.data(), sent.data());
    }

    @Test
    public void a_subscriber_receives_the_events_of_its_channel_intact() throws Exception {
        String channel = aChannel();
        Inbox inbox = new Inbox();
        bus.subscribe(channel, inbox);
        ChannelEvent sent = new ChannelEvent(channel, "chat.message", 42, EventTrees.everyKindOfValue());

        bus.publish(sent);

        assertSameEvent(inbox.next(), sent);
    }

    @Test
    public void an_unsequenced_event_arrives_unsequenced() throws Exception {
        String channel = aChannel();
        Inbox inbox = new Inbox();
        bus.subscribe(channel, inbox);

        bus.publish(new ChannelEvent(channel, "presence.changed", 0, Map.of("status", "online")));

        ChannelEvent received = inbox.next();
        assertThat(received.sequenced()).isFalse();
        assertThat(received.data()).containsExactly(Map.entry("status", "online"));
    }

    @Test
    public void a_subscriber_receives_nothing_of_other_channels() throws Exception {
        String mine = aChannel();
        String other = aChannel();
        Inbox inbox = new Inbox();
        Inbox otherInbox = new Inbox();
        bus.subscribe(mine, inbox);
        bus.subscribe(other, otherInbox);

        bus.publish(event(other, "chat.message", 1));
        assertThat(otherInbox.next().channel()).isEqualTo(other);
        bus.publish(event(mine, "marker", 0));

        assertThat(inbox.next().name()).isEqualTo("marker");
        assertThat(inbox.pending()).isEmpty();
        assertThat(otherInbox.pending()).isEmpty();
    }

    @Test
    public void every_subscriber_of_a_channel_receives_its_events_on_every_node() throws Exception {
        String channel = aChannel();
        Inbox here = new Inbox();
        Inbox alsoHere = new Inbox();
        Inbox there = new Inbox();
        bus.subscribe(channel, here);
        bus.subscribe(channel, alsoHere);
        remember(anotherNode(bus)).subscribe(channel, there);

        bus.publish(event(channel, "chat.message", 1));

        for (Inbox inbox : List.of(here, alsoHere, there)) {
            assertSameEvent(inbox.next(), event(channel, "chat.message", 1));
        }
    }

    @Test
    public void a_closed_subscription_receives_nothing_more() throws Exception {
        String channel = aChannel();
        String markers = aChannel();
        Inbox closing = new Inbox();
        Inbox staying = new Inbox();
        EventBus.Subscription subscription = bus.subscribe(channel, closing);
        bus.subscribe(markers, closing);
        bus.subscribe(channel, staying);

        subscription.close();
        bus.publish(event(channel, "chat.message", 1));
        assertThat(staying.next().seq()).isEqualTo(1);
        bus.publish(event(markers, "marker", 0));

        assertThat(closing.next().name()).isEqualTo("marker");
        assertThat(closing.pending()).isEmpty();
        assertThatCode(subscription::close).as("closing twice is harmless").doesNotThrowAnyException();
    }

    @Test
    public void events_of_one_publisher_arrive_in_the_order_they_were_published() throws Exception {
        String channel = aChannel();
        Inbox inbox = new Inbox();
        bus.subscribe(channel, inbox);

        LongStream.rangeClosed(1, 200).forEach(seq -> bus.publish(event(channel, "chat.message", seq)));

        assertThat(inbox.next(200)).extracting(ChannelEvent::seq)
                .isEqualTo(LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(inbox.losses()).as("no loss is reported while the link holds").isEmpty();
    }

    @Test
    public void events_published_together_reach_each_channel_intact_and_in_order() throws Exception {
        String one = aChannel();
        String two = aChannel();
        Inbox first = new Inbox();
        Inbox second = new Inbox();
        bus.subscribe(one, first);
        bus.subscribe(two, second);
        List<ChannelEvent> batch = List.of(event(one, "family.positions", 0), event(two, "family.positions", 0),
                new ChannelEvent(one, "family.positions", 0, Map.of("n", 2, "positions", List.of(Map.of("x", 1.5)))));

        bus.publishAll(batch);
        bus.publishAll(List.of());

        List<ChannelEvent> onOne = first.next(2);
        assertSameEvent(onOne.get(0), batch.get(0));
        assertSameEvent(onOne.get(1), batch.get(2));
        assertSameEvent(second.next(), batch.get(1));
        assertThat(first.pending()).isEmpty();
    }

    @Test
    public void a_listener_that_fails_stops_neither_the_publisher_nor_the_other_listeners() throws Exception {
        String channel = aChannel();
        Inbox failing = new Inbox();
        Inbox inbox = new Inbox();
        bus.subscribe(channel, new EventBus.Listener() {
            @Override
            public void onEvent(ChannelEvent event) {
                failing.onEvent(event);
                throw new IllegalStateException("a listener bug");
            }

            @Override
            public void onPossibleLoss(String lost) {
                failing.onPossibleLoss(lost);
            }
        });
        bus.subscribe(channel, inbox);

        assertThatCode(() -> bus.publish(event(channel, "chat.message", 1))).doesNotThrowAnyException();
        bus.publish(event(channel, "chat.message", 2));

        assertThat(inbox.next(2)).extracting(ChannelEvent::seq).containsExactly(1L, 2L);
        assertThat(failing.next(2)).extracting(ChannelEvent::seq).containsExactly(1L, 2L);
    }
}
