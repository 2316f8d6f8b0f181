package io.kinrealm.application.fakes;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.ArrayList;
import java.util.List;

/** An event bus that remembers every published event and hands it to the current subscribers of its channel. */
public final class RecordingEventBus implements EventBus {
    private final List<ChannelEvent> published = new ArrayList<>();
    private final List<Subscribed> subscriptions = new ArrayList<>();

    private record Subscribed(String channel, Listener listener) {
    }

    @Override
    public void publish(ChannelEvent event) {
        published.add(event);
        List.copyOf(subscriptions).stream().filter(s -> s.channel().equals(event.channel()))
                .forEach(s -> s.listener().onEvent(event));
    }

    @Override
    public Subscription subscribe(String channel, Listener listener) {
        Subscribed subscribed = new Subscribed(channel, listener);
        subscriptions.add(subscribed);
        return () -> subscriptions.remove(subscribed);
    }

    /** Every event published so far, in order. */
    public List<ChannelEvent> published() {
        return List.copyOf(published);
    }

    /** The events published so far on one channel, in order. */
    public List<ChannelEvent> publishedOn(String channel) {
        return published.stream().filter(event -> event.channel().equals(channel)).toList();
    }
}
