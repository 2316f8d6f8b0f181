package io.kinrealm.application.realtime.port.out;

import java.util.List;

/**
 * Carries channel events to every node that has members on the channel: in this process for the embedded runtime,
 * over Redis for a cluster. Delivery is at most once (a node whose connection to the bus dropped may miss events);
 * a listener is told when that may have happened so that it can backfill sequenced channels from their store.
 */
public interface EventBus {

    /** Sends the event to every node subscribed to its channel, this one included. */
    void publish(ChannelEvent event);

    /**
     * Sends several events, in order, as {@link #publish} would one by one; a bus over the network sends them in one
     * round trip. When it fails, any of them may have gone out.
     */
    default void publishAll(List<ChannelEvent> events) {
        events.forEach(this::publish);
    }

    /** Starts delivering the channel's events, published on any node, to the listener until the subscription ends. */
    Subscription subscribe(String channel, Listener listener);

    /** Receives a channel's events; called from the bus's own threads, so implementations return quickly. */
    interface Listener {
        void onEvent(ChannelEvent event);

        /** Events of this channel may have been lost (the node's link to the bus dropped and came back). */
        void onPossibleLoss(String channel);
    }

    /** An active subscription; closing it stops delivery to its listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
