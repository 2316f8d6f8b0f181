package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.application.chat.port.in.CatchUpUseCase;
import io.kinrealm.application.chat.port.in.CatchUpUseCase.CatchUp;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code session.resume}: per channel, the access policy again, then the connection is put back on it and sent every
 * stored message after the client's last seq (when the store still has them all), then live traffic, without gap or
 * duplicate; the reply comes after the replayed messages and says per channel whether it was recovered.
 */
final class ResumeOp implements Op {
    static final int MAX_CHANNELS = 100;

    private final CatchUpUseCase catchUp;
    private final ChannelHub hub;
    private final Frames frames;

    ResumeOp(CatchUpUseCase catchUp, ChannelHub hub, Frames frames) {
        this.catchUp = catchUp;
        this.hub = hub;
        this.frames = frames;
    }

    @Override
    public Object handle(Connection connection, Request request) {
        Map<String, Long> positions = positions(new Args(request.d()));
        Identity me = connection.identity().orElseThrow();
        Map<String, Object> results = new LinkedHashMap<>();
        positions.forEach((channel, lastSeq) -> results.put(channel, resume(connection, me, channel, lastSeq)));
        return Map.of("channels", results);
    }

    private static Map<String, Long> positions(Args args) {
        JsonNode channels = args.object("channels");
        Map<String, Long> positions = new LinkedHashMap<>();
        if (channels != null) {
            if (channels.size() > MAX_CHANNELS) {
                args.problem(new FieldProblem("channels", "too_many", "Resume at most " + MAX_CHANNELS
                        + " channels at once."));
            }
            channels.properties().forEach(entry -> {
                JsonNode seq = entry.getValue();
                if (seq.isIntegralNumber() && seq.canConvertToLong() && seq.asLong() >= 0) {
                    positions.put(entry.getKey(), seq.asLong());
                } else {
                    args.problem(new FieldProblem("channels." + entry.getKey(), "type",
                            "The last seq seen is a non-negative integer."));
                }
            });
        }
        args.validate();
        return positions;
    }

    private Map<String, Object> resume(Connection connection, Identity me, String channel, long lastSeen) {
        Outcome<CatchUp> outcome;
        try {
            outcome = catchUp.catchUp(me.character(), channel, lastSeen);
        } catch (InfrastructureException e) {
            return error("service_unavailable", e.dependency() + " is unavailable; try again shortly.");
        }
        if (outcome instanceof Outcome.Rejected<CatchUp> refused) {
            return error(refused.reason().code(), refused.detail());
        }
        CatchUp up = ((Outcome.Done<CatchUp>) outcome).value();
        String name = up.channel();
        long after = up.recovered() ? lastSeen : up.lastSeq();
        connection.channels().add(name);
        long last;
        try {
            last = Await.result(hub.admit(connection, name, new Admission(after, up.missed(), () -> { },
                    position -> connection.send(frames.event(RoomOps.JOINED, name, 0,
                            RoomOps.joinedData(name, position))))));
        } catch (InfrastructureException e) {
            connection.channels().remove(name);
            return error("service_unavailable", e.dependency() + " is unavailable; try again shortly.");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("recovered", up.recovered());
        result.put("lastSeq", last);
        return result;
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("msg", message);
        return Map.of("error", error);
    }
}
