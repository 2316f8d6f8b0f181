package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connection's text frames as requests, in the order they came, and is the gateway's one error mapper:
 * unreadable frames are bad_request, unknown ops unknown_op, requests over the allowance rate_limited, refusals keep
 * their code, a failing dependency is service_unavailable and anything else internal_error (logged, never shown).
 * Before authentication only {@code auth} is accepted; anything else closes the connection with 4401.
 */
final class Ops {
    static final String AUTH = "auth";
    private static final Logger LOG = LoggerFactory.getLogger(Ops.class);

    private final Map<String, Op> ops;
    private final Frames frames;
    private final int requestsPerSecond;

    Ops(Map<String, Op> ops, Frames frames, int requestsPerSecond) {
        this.ops = Map.copyOf(ops);
        this.frames = frames;
        this.requestsPerSecond = requestsPerSecond;
    }

    void dispatch(Connection connection, String text, long nowNanos) {
        Parsed parsed = frames.parse(text);
        if (!connection.authenticated() && !(parsed instanceof Parsed.Readable readable
                && AUTH.equals(readable.request().op()))) {
            connection.close(CloseCodes.UNAUTHENTICATED, "Authenticate first.");
            return;
        }
        switch (parsed) {
            case Parsed.Unreadable unreadable -> error(connection, unreadable.id(), "bad_request", unreadable.why());
            case Parsed.Readable readable -> run(connection, readable.request(), nowNanos);
        }
    }

    /** A frame that is not text: unauthenticated, it closes the connection; else it is a bad request. */
    void dispatchBinary(Connection connection) {
        if (!connection.authenticated()) {
            connection.close(CloseCodes.UNAUTHENTICATED, "Authenticate first.");
        } else {
            error(connection, null, "bad_request", "Requests are text frames.");
        }
    }

    private void run(Connection connection, Request request, long nowNanos) {
        if (!connection.allowRequest(nowNanos)) {
            error(connection, request.id(), "rate_limited",
                    "More than " + requestsPerSecond + " requests a second; slow down.");
            return;
        }
        Op op = ops.get(request.op());
        if (op == null) {
            error(connection, request.id(), "unknown_op", "There is no operation " + request.op() + ".");
            return;
        }
        try {
            Object reply = op.handle(connection, request);
            if (reply != Op.REPLIED) {
                connection.send(frames.reply(request.id(), reply));
            }
        } catch (OpRefused refused) {
            connection.send(frames.error(request.id(), refused.code(), refused.getMessage(), refused.fields()));
        } catch (InfrastructureException e) {
            LOG.warn("Dependency {} failed during {} [connection {}]", e.dependency(), request.op(),
                    connection.id(), e);
            error(connection, request.id(), "service_unavailable",
                    e.dependency() + " is unavailable; try again shortly.");
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure during {} [connection {}]", request.op(), connection.id(), e);
            error(connection, request.id(), "internal_error", "Something went wrong on our side.");
        }
    }

    private void error(Connection connection, Long id, String code, String message) {
        connection.send(frames.error(id, code, message, List.of()));
    }
}
