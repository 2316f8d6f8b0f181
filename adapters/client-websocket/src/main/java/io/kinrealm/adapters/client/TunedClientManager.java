package io.kinrealm.adapters.client;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tyrus' container with what thousands of connections need: no idle-check wake-up per frame ({@link QuietScheduler})
 * and, when asked, frames read and handled on the selector threads instead of being handed to a worker thread (which
 * costs two selector registrations and a thread wake-up per frame). The Grizzly transport Tyrus shares offers no
 * setting for that, so its I/O strategy is switched by reflection after each connect; should that fail (another Tyrus
 * version), the client keeps working with Tyrus' default and says so once.
 */
final class TunedClientManager extends ClientManager {
    private static final Logger LOG = LoggerFactory.getLogger(TunedClientManager.class);
    private static final String SHARED_TRANSPORT_FIELD = "transport";

    private final boolean readOnSelectorThreads;
    private final QuietScheduler scheduler = new QuietScheduler(super::getScheduledExecutorService);
    private volatile TCPNIOTransport tuned;
    private volatile boolean failed;

    TunedClientManager(boolean readOnSelectorThreads) {
        this.readOnSelectorThreads = readOnSelectorThreads;
    }

    @Override
    public ScheduledExecutorService getScheduledExecutorService() {
        return scheduler;
    }

    @Override
    public Session connectToServer(Endpoint endpoint, ClientEndpointConfig config, URI path)
            throws DeploymentException, IOException {
        Session session = super.connectToServer(endpoint, config, path);
        if (readOnSelectorThreads && !failed) {
            readOnSelectorThreads();
        }
        return session;
    }

    private void readOnSelectorThreads() {
        try {
            Field field = GrizzlyClientSocket.class.getDeclaredField(SHARED_TRANSPORT_FIELD);
            field.setAccessible(true);
            TCPNIOTransport transport = (TCPNIOTransport) field.get(null);
            if (transport != null && transport != tuned) {
                transport.setIOStrategy(SameThreadIOStrategy.getInstance());
                tuned = transport;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            failed = true;
            LOG.warn("Could not make Tyrus read on its selector threads; keeping its worker threads: {}", e.toString());
        }
    }
}
