package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * The channels this node has members on. A channel gets one event bus subscription when its first local member
 * joins and loses it when its last one leaves, so a node only receives the traffic of channels it serves; each event
 * is turned into JSON once and the same frame queued for every member (a chat message in a racial tongue once per
 * comprehension profile among the members, see {@link RenderedChat}).
 */
final class ChannelHub {
    private final ConcurrentMap<String, HubChannel> channels = new ConcurrentHashMap<>();
    private final EventBus bus;
    private final ReplayChannelUseCase replay;
    private final Frames frames;
    private final Executor threads;

    ChannelHub(EventBus bus, ReplayChannelUseCase replay, Frames frames, Executor threads) {
        this.bus = bus;
        this.replay = replay;
        this.frames = frames;
        this.threads = threads;
    }

    /**
     * Puts the connection on the channel as the admission says; completes with the last sequence number it was given
     * when live events start to reach it.
     */
    CompletableFuture<Long> admit(Connection connection, String channel, Admission admission) {
        HubChannel hubChannel = channels.computeIfAbsent(channel, name -> new HubChannel(name, this, threads));
        return hubChannel.admit(connection, admission).thenCompose((OptionalLong last) -> last.isPresent()
                ? CompletableFuture.completedFuture(last.getAsLong())
                : admit(connection, channel, admission));
    }

    /** Takes the connection off the channel; {@code after} runs once no event of it can reach the connection. */
    CompletableFuture<Void> leave(Connection connection, String channel, Runnable after) {
        HubChannel hubChannel = channels.get(channel);
        if (hubChannel == null) {
            after.run();
            return CompletableFuture.completedFuture(null);
        }
        return hubChannel.remove(connection, after);
    }

    /** Takes a closed connection off every channel it was on. */
    void leaveAll(Connection connection) {
        List.copyOf(connection.channels()).forEach(channel -> leave(connection, channel, () -> { }));
        connection.channels().clear();
    }

    int channelCount() {
        return channels.size();
    }

    /** Ends every subscription (the node is stopping). */
    void shutdown() {
        channels.values().forEach(HubChannel::shutdown);
    }

    Frames frames() {
        return frames;
    }

    SequencedDelivery sequenceOf(String channel, long lastSeq) {
        return new SequencedDelivery(channel, lastSeq, replay, frames);
    }

    EventBus.Subscription subscribe(String channel, HubChannel listener) {
        return bus.subscribe(channel, listener);
    }

    void forget(String channel, HubChannel retired) {
        channels.remove(channel, retired);
    }
}
