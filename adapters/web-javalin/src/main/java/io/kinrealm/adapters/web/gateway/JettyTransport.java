package io.kinrealm.adapters.web.gateway;

import io.micrometer.core.instrument.Counter;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.WebSocketConnection;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;

/**
 * A Jetty 12 WebSocket session as a transport. Sends are asynchronous (the outbox keeps one in flight); the inbound
 * byte count comes from Jetty's core connection, since pongs never reach Javalin's handlers and server pings keep
 * Jetty's own idle timer busy, so silence is measured by what the client sends.
 */
final class JettyTransport implements Transport {
    private static final ByteBuffer NO_PAYLOAD = ByteBuffer.allocate(0);

    private final Session session;
    private final Counter framesOut;

    JettyTransport(Session session, Counter framesOut) {
        this.session = session;
        this.framesOut = framesOut;
    }

    @Override
    public void send(String text, Runnable sent, Consumer<Throwable> failed) {
        session.sendText(text, Callback.from(() -> {
            framesOut.increment();
            sent.run();
        }, failed));
    }

    @Override
    public void close(int code, String reason) {
        session.close(code, reason, Callback.NOOP);
    }

    @Override
    public void disconnect() {
        session.disconnect();
    }

    @Override
    public void ping() {
        if (session.isOpen()) {
            session.sendPing(NO_PAYLOAD.duplicate(), Callback.NOOP);
        }
    }

    @Override
    public long bytesIn() {
        if (session instanceof WebSocketSession jetty && jetty.getCoreSession() instanceof WebSocketCoreSession core) {
            WebSocketConnection connection = core.getConnection();
            return connection == null ? -1 : connection.getBytesIn();
        }
        return -1;
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }
}
