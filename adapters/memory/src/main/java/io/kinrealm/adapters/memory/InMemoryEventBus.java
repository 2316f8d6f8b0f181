package io.kinrealm.adapters.memory;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event bus of a single process (the embedded runtime). {@link #publish} hands the event to every current
 * listener of its channel synchronously, on the publisher's own thread, in subscription order; so one publisher's
 * events reach each listener in the order they were published, and nothing is ever lost (so
 * {@link EventBus.Listener#onPossibleLoss} is never called).
 *
 * <p>Because listeners run on the publisher's thread, they must be quick and must never block (hand the event to a
 * queue and return) nor publish on the bus themselves. A listener that throws is logged and skipped: the other
 * listeners still get the event and the publisher never sees the failure. Events of concurrent publishers on one
 * channel may reach a listener in either order. Subscribing and closing are safe from any thread; once
 * {@link EventBus.Subscription#close} returned, no publish that starts afterwards reaches the listener.
 */
public final class InMemoryEventBus implements EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventBus.class);

    private final ConcurrentMap<String, List<Delivery>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(ChannelEvent event) {
        List<Delivery> deliveries = listeners.get(event.channel());
        if (deliveries != null) {
            deliveries.forEach(delivery -> delivery.deliver(event));
        }
    }

    @Override
    public Subscription subscribe(String channel, Listener listener) {
        Delivery delivery = new Delivery(channel, listener);
        listeners.compute(channel, (name, current) -> {
            List<Delivery> deliveries = current == null ? new CopyOnWriteArrayList<>() : current;
            deliveries.add(delivery);
            return deliveries;
        });
        return delivery;
    }

    /** One listener on one channel until its subscription closes. */
    private final class Delivery implements Subscription {
        private final String channel;
        private final Listener listener;
        private volatile boolean open = true;

        private Delivery(String channel, Listener listener) {
            this.channel = channel;
            this.listener = listener;
        }

        private void deliver(ChannelEvent event) {
            if (!open) {
                return;
            }
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A listener of channel {} failed on event {}; the others still get it", channel,
                        event.name(), e);
            }
        }

        @Override
        public void close() {
            open = false;
            listeners.computeIfPresent(channel, (name, deliveries) -> {
                deliveries.remove(this);
                return deliveries.isEmpty() ? null : deliveries;
            });
        }
    }
}
