package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An event bus that loses what a test tells it to, like Redis pub/sub under a slow or reconnecting subscriber, and
 * can tell its listeners that it may have lost events. Everything else goes through the in-memory bus it wraps.
 */
final class LossyEventBus implements EventBus {
    private final EventBus bus;
    private final List<Subscribed> listeners = new CopyOnWriteArrayList<>();
    private volatile Predicate<ChannelEvent> lose = event -> false;

    private record Subscribed(String channel, Listener listener) {
    }

    LossyEventBus(EventBus bus) {
        this.bus = bus;
    }

    /** From now on, events that match are silently dropped. */
    void lose(Predicate<ChannelEvent> which) {
        lose = which;
    }

    /** Tells every listener of the channel that events may have been lost. */
    void signalPossibleLoss(String channel) {
        listeners.stream().filter(s -> s.channel().equals(channel)).forEach(s -> s.listener().onPossibleLoss(channel));
    }

    @Override
    public void publish(ChannelEvent event) {
        if (!lose.test(event)) {
            bus.publish(event);
        }
    }

    @Override
    public Subscription subscribe(String channel, Listener listener) {
        Subscribed subscribed = new Subscribed(channel, listener);
        listeners.add(subscribed);
        Subscription subscription = bus.subscribe(channel, listener);
        return () -> {
            listeners.remove(subscribed);
            subscription.close();
        };
    }

    /** Whether anyone on this node listens to the channel. */
    boolean hasListeners(String channel) {
        return listeners.stream().anyMatch(s -> s.channel().equals(channel));
    }
}
