package io.kinrealm.bootstrap.realtime;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to one channel on the cluster's Redis bus, as a third node would: what the nodes published there, in the
 * order Redis carried it. A marker published by the test goes through the same Redis channel, so everything a node
 * published before the marker was sent has arrived once the marker has.
 */
final class BusSpy implements EventBus.Listener, AutoCloseable {
    static final String MARKER = "test.marker";

    private final EventBus bus;
    private final String channel;
    private final List<ChannelEvent> heard = new CopyOnWriteArrayList<>();
    private final EventBus.Subscription subscription;

    private BusSpy(EventBus bus, String channel) {
        this.bus = bus;
        this.channel = channel;
        this.subscription = bus.subscribe(channel, this);
    }

    static BusSpy on(Cluster cluster, String channel) {
        return new BusSpy(cluster.observer().eventBus(), channel);
    }

    @Override
    public void onEvent(ChannelEvent event) {
        heard.add(event);
    }

    @Override
    public void onPossibleLoss(String lost) {
        heard.add(new ChannelEvent(lost, "spy.possible_loss", 0, Map.of()));
    }

    /** Every {@code presence.changed} heard so far, in order. */
    List<ChannelEvent> presence() {
        return heard.stream().filter(e -> e.name().equals("presence.changed")).toList();
    }

    /** The {@code status} of every {@code presence.changed} heard so far, in order. */
    List<String> statuses() {
        return presence().stream().map(e -> String.valueOf(e.data().get("status"))).toList();
    }

    /** Everything heard so far, by event name, markers included. */
    List<String> names() {
        return heard.stream().map(ChannelEvent::name).toList();
    }

    void awaitStatuses(Duration limit, String... expected) {
        Eventually.until(limit, "statuses " + List.of(expected) + " (heard " + statuses() + ")",
                () -> statuses().size() >= expected.length);
    }

    void awaitStatuses(String... expected) {
        awaitStatuses(Eventually.LIMIT, expected);
    }

    /** Publishes a marker on the channel and waits until it comes back. */
    void mark(String label) {
        bus.publish(new ChannelEvent(channel, MARKER, 0, Map.of("label", label)));
        Eventually.until("marker " + label + " back", () -> heard.stream()
                .anyMatch(e -> e.name().equals(MARKER) && label.equals(e.data().get("label"))));
    }

    @Override
    public void close() {
        subscription.close();
    }
}
