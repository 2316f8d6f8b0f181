package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase.JoinedChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code room.join} and {@code room.leave}. A join is checked by the core's access policy, then the reply and
 * {@code room.joined} are queued before any message of the channel; after a leave's reply and {@code room.left} no
 * message of it follows.
 */
final class RoomOps {
    static final String JOINED = "room.joined";
    static final String LEFT = "room.left";

    private final JoinChannelUseCase joinChannel;
    private final ChannelHub hub;
    private final Frames frames;

    RoomOps(JoinChannelUseCase joinChannel, ChannelHub hub, Frames frames) {
        this.joinChannel = joinChannel;
        this.hub = hub;
        this.frames = frames;
    }

    Object join(Connection connection, Request request) {
        Args args = new Args(request.d());
        String requested = args.text("ch");
        args.validate();
        Identity me = connection.identity().orElseThrow();
        JoinedChannel joined = OpRefused.valueOf(joinChannel.join(me.character(), requested));
        String channel = joined.channel();
        Map<String, Object> data = joinedData(channel, joined.lastSeq());
        if (!connection.channels().add(channel)) {
            return data;
        }
        Runnable announce = () -> {
            connection.send(frames.reply(request.id(), data));
            connection.send(frames.event(JOINED, channel, 0, data));
        };
        try {
            Await.result(hub.admit(connection, channel, new Admission(joined.lastSeq(), List.of(), announce,
                    last -> { })));
        } catch (RuntimeException e) {
            connection.channels().remove(channel);
            throw e;
        }
        return Op.REPLIED;
    }

    Object leave(Connection connection, Request request) {
        Args args = new Args(request.d());
        String channel = args.text("ch");
        args.validate();
        if (!connection.channels().remove(channel)) {
            throw OpRefused.notInChannel(channel);
        }
        Map<String, Object> left = new LinkedHashMap<>();
        left.put("ch", channel);
        left.put("reason", "left");
        Await.result(hub.leave(connection, channel, () -> {
            connection.send(frames.reply(request.id(), Map.of("ch", channel)));
            connection.send(frames.event(LEFT, channel, 0, left));
        }));
        return Op.REPLIED;
    }

    static Map<String, Object> joinedData(String channel, long lastSeq) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ch", channel);
        data.put("lastSeq", lastSeq);
        return data;
    }
}
