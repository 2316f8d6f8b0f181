package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keeps channel membership in step with each character's rights: the core announces on the internal access channel
 * when a character's dominant faction shifted or a family revoked its kin access, and this node asks the access
 * policy again about each channel the character's local connections are on; where it now refuses, the connection
 * leaves the channel and gets {@code room.left} with reason {@code forbidden}. When the bus may have lost such an
 * announcement, every local membership is checked again.
 */
final class AccessWatch implements EventBus.Listener {
    static final String FORBIDDEN = "forbidden";

    private final LocalConnections connections;
    private final JoinChannelUseCase joinChannel;
    private final ChannelHub hub;
    private final Frames frames;

    AccessWatch(LocalConnections connections, JoinChannelUseCase joinChannel, ChannelHub hub, Frames frames) {
        this.connections = connections;
        this.joinChannel = joinChannel;
        this.hub = hub;
        this.frames = frames;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (EventNames.ACCESS_CHANGED.equals(event.name())) {
            checkLater(LocalConnections.of(String.valueOf(event.data().get("characterId"))));
        }
    }

    @Override
    public void onPossibleLoss(String channel) {
        checkLater(LocalConnections.all());
    }

    private void checkLater(Predicate<Connection> which) {
        connections.later("check channel rights", which, (connection, identity) -> {
            for (String channel : List.copyOf(connection.channels())) {
                if (joinChannel.join(identity.character(), channel) instanceof Outcome.Rejected<?> refused
                        && refused.reason() == Refusal.CHANNEL_FORBIDDEN) {
                    expel(connection, channel);
                }
            }
        });
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
