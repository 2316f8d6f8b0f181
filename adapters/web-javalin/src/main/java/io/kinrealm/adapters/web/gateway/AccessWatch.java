package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps channel membership in step with each character's rights: the core announces on the internal access channel
 * when a character's dominant faction shifted or a family revoked its kin access, and this node asks the access
 * policy again about each channel the character's local connections are on; where it now refuses, the connection
 * leaves the channel and gets {@code room.left} with reason {@code forbidden}. When the bus may have lost such an
 * announcement, every local membership is checked again.
 */
final class AccessWatch implements EventBus.Listener {
    static final String FORBIDDEN = "forbidden";
    private static final Logger LOG = LoggerFactory.getLogger(AccessWatch.class);

    private final Collection<Connection> connections;
    private final JoinChannelUseCase joinChannel;
    private final ChannelHub hub;
    private final Frames frames;
    private final Executor threads;

    AccessWatch(Collection<Connection> connections, JoinChannelUseCase joinChannel, ChannelHub hub, Frames frames,
                 Executor threads) {
        this.connections = connections;
        this.joinChannel = joinChannel;
        this.hub = hub;
        this.frames = frames;
        this.threads = threads;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (!EventNames.ACCESS_CHANGED.equals(event.name())) {
            return;
        }
        String character = String.valueOf(event.data().get("characterId"));
        checkLater(connection -> connection.identity()
                .filter(identity -> identity.character().toString().equals(character)).isPresent());
    }

    @Override
    public void onPossibleLoss(String channel) {
        checkLater(connection -> connection.identity().isPresent());
    }

    private void checkLater(Predicate<Connection> which) {
        try {
            threads.execute(() -> connections.stream().filter(which).forEach(this::checkChannels));
        } catch (RejectedExecutionException e) {
            LOG.debug("The node is stopping; channel rights are not checked again");
        }
    }

    private void checkChannels(Connection connection) {
        List<String> channels = List.copyOf(connection.channels());
        connection.identity().ifPresent(identity -> channels.forEach(channel -> {
            try {
                if (joinChannel.join(identity.character(), channel) instanceof Outcome.Rejected<?> refused
                        && refused.reason() == Refusal.CHANNEL_FORBIDDEN) {
                    expel(connection, channel);
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot check {} for connection {}: {}", channel, connection.id(), e.getMessage());
            }
        }));
    }

    private void expel(Connection connection, String channel) {
        if (!connection.channels().remove(channel)) {
            return;
        }
        Map<String, Object> left = new LinkedHashMap<>();
        left.put("ch", channel);
        left.put("reason", FORBIDDEN);
        hub.leave(connection, channel, () -> connection.send(frames.event(RoomOps.LEFT, channel, 0, left)));
    }
}
