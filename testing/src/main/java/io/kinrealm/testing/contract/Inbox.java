package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A listener that queues what it is given, so that a test can wait for events delivered on the bus's own threads.
 * Waits are bounded (10 s each) and never used to prove that something did not happen: for that, tests wait for a
 * marker event that was published after it.
 */
public final class Inbox implements EventBus.Listener {
    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<ChannelEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> losses = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(ChannelEvent event) {
        events.add(event);
    }

    @Override
    public void onPossibleLoss(String channel) {
        losses.add(channel);
    }

    /** The next event, waiting up to 10 s for it; fails the test if none comes. */
    public ChannelEvent next() throws InterruptedException {
        ChannelEvent event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(event).as("an event delivered within %d s", WAIT_SECONDS).isNotNull();
        return event;
    }

    /** The next {@code count} events, in the order they were delivered. */
    public List<ChannelEvent> next(int count) throws InterruptedException {
        List<ChannelEvent> received = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            received.add(next());
        }
        return received;
    }

    /** Events delivered and not yet taken, without waiting. */
    public List<ChannelEvent> pending() {
        List<ChannelEvent> pending = new ArrayList<>();
        events.drainTo(pending);
        return pending;
    }

    /** The channels on which the bus reported a possible loss so far. */
    public List<String> losses() {
        return List.copyOf(losses);
    }

    /** The channel of the next loss report, waiting up to 10 s for it; fails the test if none comes. */
    public String nextLoss() throws InterruptedException {
        String channel = losses.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(channel).as("a possible loss reported within %d s", WAIT_SECONDS).isNotNull();
        return channel;
    }
}
