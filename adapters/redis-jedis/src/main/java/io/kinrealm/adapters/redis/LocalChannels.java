package io.kinrealm.adapters.redis;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels this node has local subscribers for, and the Redis subscription each needs: the first local subscriber
 * of a channel makes the link SUBSCRIBE, the last one leaving makes it UNSUBSCRIBE. It keeps, per channel, whether
 * Redis confirmed the subscription on the current connection, and per subscription whether events may have been
 * missed (the connection dropped, or the subscription began before Redis confirmed it); such a subscription hears
 * {@code onPossibleLoss} once Redis confirms the channel again.
 */
final class LocalChannels implements LinkEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LocalChannels.class);

    private final String redisPrefix;
    private final SubscriberLink link;
    private final EventCodec codec;
    private final Deliveries deliveries;
    private final Object lock = new Object();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    /** SUBSCRIBEs sent on the current connection and not yet confirmed, per Redis channel; guarded by lock. */
    private final Map<String, Integer> unconfirmed = new HashMap<>();

    LocalChannels(String redisPrefix, SubscriberLink link, EventCodec codec, Deliveries deliveries) {
        this.redisPrefix = redisPrefix;
        this.link = link;
        this.codec = codec;
        this.deliveries = deliveries;
    }

    String redisName(String channel) {
        return redisPrefix + channel;
    }

    /** Adds a subscription; answers it with the confirmation to wait for, and whether waiting is worth it. */
    Pending add(String channel, EventBus.Listener listener) {
        synchronized (lock) {
            String redisName = redisName(channel);
            Channel state = channels.computeIfAbsent(redisName, name -> new Channel(channel));
            LocalSubscription subscription = new LocalSubscription(channel, listener, this::remove);
            state.subscriptions.add(subscription);
            if (state.subscriptions.size() == 1) {
                send(redisName);
            }
            return new Pending(subscription, state.confirmed, !link.failing());
        }
    }

    /** After waiting: a subscription that began before Redis confirmed its channel may have missed events. */
    void settle(LocalSubscription subscription) {
        synchronized (lock) {
            Channel state = channels.get(redisName(subscription.channel()));
            if (state != null && !Boolean.TRUE.equals(state.confirmed.getNow(false))) {
                subscription.markMayHaveMissed();
            }
        }
    }

    private void remove(LocalSubscription subscription) {
        synchronized (lock) {
            String redisName = redisName(subscription.channel());
            Channel state = channels.get(redisName);
            if (state != null && state.subscriptions.remove(subscription) && state.subscriptions.isEmpty()) {
                channels.remove(redisName);
                link.unsubscribe(redisName);
            }
        }
    }

    @Override
    public void connected() {
        synchronized (lock) {
            String[] wanted = channels.keySet().toArray(String[]::new);
            if (wanted.length > 0 && link.subscribe(wanted)) {
                for (String redisName : wanted) {
                    unconfirmed.merge(redisName, 1, Integer::sum);
                }
            }
        }
    }

    @Override
    public void subscribed(String redisChannel) {
        List<LocalSubscription> missed = new ArrayList<>();
        Channel state;
        synchronized (lock) {
            if (unconfirmed.computeIfPresent(redisChannel, (name, count) -> count > 1 ? count - 1 : null) != null) {
                return;
            }
            state = channels.get(redisChannel);
            if (state == null) {
                return;
            }
            state.subscriptions.stream().filter(LocalSubscription::takeMayHaveMissed).forEach(missed::add);
            state.confirmed.complete(true);
        }
        if (!missed.isEmpty()) {
            deliveries.submit(state.name, () -> missed.forEach(LocalSubscription::possibleLoss));
        }
    }

    @Override
    public void message(String redisChannel, String payload) {
        Channel state = channels.get(redisChannel);
        if (state == null) {
            return;
        }
        ChannelEvent event;
        try {
            event = codec.decode(payload);
        } catch (IllegalArgumentException e) {
            LOG.warn("dropped a message on {}: {}", redisChannel, e.getMessage());
            return;
        }
        List<LocalSubscription> targets = List.copyOf(state.subscriptions);
        deliveries.submit(state.name, () -> targets.forEach(subscription -> subscription.deliver(event)));
    }

    @Override
    public void down() {
        synchronized (lock) {
            unconfirmed.clear();
            for (Channel state : channels.values()) {
                state.confirmed.complete(false);
                state.confirmed = new CompletableFuture<>();
                state.subscriptions.forEach(LocalSubscription::markMayHaveMissed);
            }
        }
    }

    private void send(String redisName) {
        if (link.subscribe(redisName)) {
            unconfirmed.merge(redisName, 1, Integer::sum);
        }
    }

    /** A new subscription, the confirmation of its channel and whether Redis may confirm soon. */
    record Pending(LocalSubscription subscription, CompletableFuture<Boolean> confirmed, boolean worthWaiting) {
    }

    private static final class Channel {
        private final String name;
        private final List<LocalSubscription> subscriptions = new CopyOnWriteArrayList<>();
        private CompletableFuture<Boolean> confirmed = new CompletableFuture<>();

        private Channel(String name) {
            this.name = name;
        }
    }
}
