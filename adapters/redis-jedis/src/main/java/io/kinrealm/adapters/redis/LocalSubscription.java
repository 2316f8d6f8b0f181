package io.kinrealm.adapters.redis;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener on one channel of this node. A listener that throws is logged and keeps its subscription; neither the
 * reader of Redis nor the other listeners notice. Nothing reaches the listener once the subscription is closed.
 */
final class LocalSubscription implements EventBus.Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSubscription.class);

    private final String channel;
    private final EventBus.Listener listener;
    private final Consumer<LocalSubscription> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean mayHaveMissed = new AtomicBoolean();

    LocalSubscription(String channel, EventBus.Listener listener, Consumer<LocalSubscription> onClose) {
        this.channel = channel;
        this.listener = listener;
        this.onClose = onClose;
    }

    String channel() {
        return channel;
    }

    /** Events may have been lost for this subscription; it is told once its channel is subscribed again. */
    void markMayHaveMissed() {
        mayHaveMissed.set(true);
    }

    /** Whether events may have been lost, clearing the mark. */
    boolean takeMayHaveMissed() {
        return mayHaveMissed.getAndSet(false);
    }

    void deliver(ChannelEvent event) {
        if (closed.get()) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("a listener on {} failed on a {} event", channel, event.name(), e);
        }
    }

    void possibleLoss() {
        if (closed.get()) {
            return;
        }
        try {
            listener.onPossibleLoss(channel);
        } catch (RuntimeException e) {
            LOG.warn("a listener on {} failed on being told of a possible loss", channel, e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }
}
