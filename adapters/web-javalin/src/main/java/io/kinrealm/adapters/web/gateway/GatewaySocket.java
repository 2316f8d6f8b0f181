package io.kinrealm.adapters.web.gateway;

import io.javalin.websocket.WsBinaryMessageContext;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin handlers of {@code /ws}: a connection is made on open (with its authentication deadline), fed its text
 * frames in order (Jetty reads the next one only when the handler returns, and handlers run on virtual threads, so a
 * request may block), and taken off its channels and presence on close.
 */
final class GatewaySocket {
    private static final Logger LOG = LoggerFactory.getLogger(GatewaySocket.class);

    private final ConcurrentMap<String, Connection> connections;
    private final Ops ops;
    private final ChannelHub hub;
    private final PresenceUseCase presence;
    private final GatewayLimits limits;
    private final Timers timers;
    private final GatewayMetrics metrics;
    private final LongSupplier nanoClock;
    private final BooleanSupplier stopping;

    GatewaySocket(ConcurrentMap<String, Connection> connections, Ops ops, ChannelHub hub, PresenceUseCase presence,
                  GatewayLimits limits, Timers timers, GatewayMetrics metrics, LongSupplier nanoClock,
                  BooleanSupplier stopping) {
        this.connections = connections;
        this.ops = ops;
        this.hub = hub;
        this.presence = presence;
        this.limits = limits;
        this.timers = timers;
        this.metrics = metrics;
        this.nanoClock = nanoClock;
        this.stopping = stopping;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::opened);
        ws.onMessage(this::received);
        ws.onBinaryMessage(this::receivedBinary);
        ws.onClose(this::closed);
        ws.onError(this::failed);
    }

    private void opened(WsConnectContext ctx) {
        Connection connection = new Connection(UUID.randomUUID().toString(),
                new JettyTransport(ctx.session, metrics.framesOut()), limits, timers, metrics::slowConsumer,
                nanoClock.getAsLong());
        connections.put(ctx.sessionId(), connection);
        if (stopping.getAsBoolean()) {
            connection.close(CloseCodes.RESTARTING, "This node is restarting; reconnect.");
            return;
        }
        try {
            connection.authDeadline(timers.once(limits.authTimeout(), () -> {
                if (!connection.authenticated()) {
                    connection.close(CloseCodes.UNAUTHENTICATED, "No auth in time.");
                }
            }));
        } catch (RejectedExecutionException e) {
            connection.close(CloseCodes.RESTARTING, "This node is restarting; reconnect.");
        }
    }

    private void received(WsMessageContext ctx) {
        Connection connection = connections.get(ctx.sessionId());
        if (connection != null) {
            metrics.frameIn();
            ops.dispatch(connection, ctx.message(), nanoClock.getAsLong());
        }
    }

    private void receivedBinary(WsBinaryMessageContext ctx) {
        Connection connection = connections.get(ctx.sessionId());
        if (connection != null) {
            metrics.frameIn();
            ops.dispatchBinary(connection);
        }
    }

    private void closed(WsCloseContext ctx) {
        Connection connection = connections.get(ctx.sessionId());
        if (connection == null) {
            return;
        }
        try {
            Optional<Identity> who = connection.markClosed();
            hub.leaveAll(connection);
            who.ifPresent(identity -> presence.disconnected(identity.character(), connection.id()));
        } catch (RuntimeException e) {
            LOG.warn("Could not record that connection {} closed: {}", connection.id(), e.getMessage());
        } finally {
            connections.remove(ctx.sessionId());
        }
    }

    private void failed(WsErrorContext ctx) {
        LOG.debug("WebSocket error [session {}]", ctx.sessionId(), ctx.error());
    }
}
