package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A listener that queues what the bus gives it, so that a test can wait (up to 10 s) for events and loss reports
 * delivered on the bus's own threads. Absence is never proved by waiting: tests wait for a later marker instead.
 */
final class Received implements EventBus.Listener {
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

    ChannelEvent next() throws InterruptedException {
        ChannelEvent event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(event).as("an event delivered within %d s", WAIT_SECONDS).isNotNull();
        return event;
    }

    /** The channel of the next loss report, waiting for it. */
    String nextLoss() throws InterruptedException {
        String channel = losses.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(channel).as("a possible loss reported within %d s", WAIT_SECONDS).isNotNull();
        return channel;
    }

    List<ChannelEvent> pending() {
        List<ChannelEvent> pending = new ArrayList<>();
        events.drainTo(pending);
        return pending;
    }

    List<String> losses() {
        return List.copyOf(losses);
    }
}
