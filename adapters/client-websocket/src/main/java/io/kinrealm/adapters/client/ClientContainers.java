package io.kinrealm.adapters.client;

import jakarta.websocket.WebSocketContainer;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientProperties;

/**
 * The Tyrus container every client of a process shares. Left alone, Tyrus' Grizzly container starts a selector
 * thread and two worker threads for every connection; with {@link ClientProperties#SHARED_CONTAINER} all
 * connections share one transport, so thousands of connections cost a handful of threads. Tyrus keeps that
 * transport process-wide, so the first configuration wins: call {@link #configure} before the first connection
 * (and before {@link ClientOptions#defaults()}, which uses the shared container).
 */
public final class ClientContainers {
    private static int workerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static boolean readOnSelectorThreads;
    private static ClientManager shared;

    private ClientContainers() {
    }

    /**
     * Sets up the shared container before its first use.
     *
     * @param workers               Grizzly worker threads, which read frames and run the client's parsing
     * @param readOnSelectorThreads whether to read and handle frames on the selector threads (one per processor)
     *                              instead of handing each to a worker: much cheaper per frame, for load tools; the
     *                              futures' callbacks then run on a selector thread and must never block
     * @throws IllegalStateException when the shared container is already in use
     */
    public static synchronized void configure(int workers, boolean readOnSelectorThreads) {
        if (shared != null) {
            throw new IllegalStateException("The shared WebSocket container is already in use");
        }
        ClientContainers.workerThreads = workers;
        ClientContainers.readOnSelectorThreads = readOnSelectorThreads;
    }

    private static final int HANDSHAKE_TIMEOUT_MILLIS = 5_000;

    /** The shared container. */
    public static synchronized WebSocketContainer shared() {
        if (shared == null) {
            shared = create(Runtime.getRuntime().availableProcessors(), workerThreads, readOnSelectorThreads);
        }
        return shared;
    }

    private static ClientManager create(int selectorThreads, int workerThreads, boolean readOnSelectors) {
        ClientManager manager = new TunedClientManager(readOnSelectors);
        manager.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
        // A handshake whose TCP link was reset midway must fail soon, so that reconnecting goes on (Tyrus waits 30 s).
        manager.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, HANDSHAKE_TIMEOUT_MILLIS);
        manager.getProperties().put(GrizzlyClientProperties.WORKER_THREAD_POOL_CONFIG, pool("kinrealm-ws-worker",
                workerThreads));
        manager.getProperties().put(GrizzlyClientProperties.SELECTOR_THREAD_POOL_CONFIG, pool("kinrealm-ws-selector",
                selectorThreads));
        return manager;
    }

    /** Grizzly's own pool configuration: Tyrus' client-side one refuses fewer than three threads. */
    private static ThreadPoolConfig pool(String name, int threads) {
        return ThreadPoolConfig.defaultConfig().setPoolName(name).setDaemon(true)
                .setCorePoolSize(threads).setMaxPoolSize(threads);
    }
}
