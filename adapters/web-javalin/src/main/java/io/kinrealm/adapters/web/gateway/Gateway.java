package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real-time gateway of one node (docs/protocol.md): install it on the HTTP server's Javalin configuration,
 * start it once the server listens, close it before the server stops. Closing is graceful: every client gets a
 * {@code notice} and a 1012 close so that it reconnects to another node and resumes.
 */
public final class Gateway implements AutoCloseable {
    public static final String PATH = "/ws";
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    static final String RESTART_NOTICE = "This node is restarting; reconnect.";
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final ConcurrentMap<String, Connection> connections = new ConcurrentHashMap<>();
    private final Collection<Connection> open = connections.values();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("kinrealm-gateway-", 0).factory());
    private final Timers timers = new Timers();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final RealtimeUseCases useCases;
    private final GatewayLimits limits;
    private final Frames frames;
    private final ChannelHub hub;
    private final GatewaySocket socket;
    private EventBus.Subscription logins;
    private EventBus.Subscription access;
    private EventBus.Subscription readers;

    public Gateway(RealtimeUseCases useCases, GatewayLimits limits, ObjectMapper mapper, MeterRegistry registry) {
        this.useCases = useCases;
        this.limits = limits;
        this.frames = new Frames(mapper);
        this.hub = new ChannelHub(useCases.eventBus(), useCases.replayChannel(), frames, threads);
        InstantSource clock = InstantSource.system();
        RoomOps rooms = new RoomOps(useCases.joinChannel(), hub, frames);
        ChatOps chat = new ChatOps(useCases.sendChatMessage(), useCases.chatHistory(), frames);
        Ops ops = new Ops(Map.of(
                Ops.AUTH, new AuthOp(useCases, timers, clock, new TokenExpiry(mapper)),
                "ping", new PingOp(clock),
                "room.join", rooms::join,
                "room.leave", rooms::leave,
                "chat.send", chat::send,
                "chat.history", chat::history,
                "session.resume", new ResumeOp(useCases.catchUp(), hub, frames),
                "position.report", new PositionOp(useCases.reportPosition())), frames, limits.requestsPerSecond());
        this.socket = new GatewaySocket(connections, ops, hub, useCases.presence(), limits, timers,
                new GatewayMetrics(registry, connections), System::nanoTime, stopping::get);
    }

    /** Registers {@code /ws} and Jetty's WebSocket limits (frame size, idle timeout) on the server's configuration. */
    public void install(JavalinConfig cfg) {
        cfg.jetty.modifyWebSocketServletFactory(factory -> {
            factory.setIdleTimeout(limits.idleTimeout());
            factory.setMaxTextMessageSize(limits.maxFrameBytes());
            factory.setMaxBinaryMessageSize(limits.maxFrameBytes());
            factory.setMaxFrameSize(limits.maxFrameBytes());
        });
        cfg.routes.ws(PATH, socket::configure);
    }

    /**
     * Starts listening for ended logins, changed channel rights and changed reader profiles, and the timers: pings,
     * silence, presence upkeep and the batches of position reports.
     */
    public void start() {
        LocalConnections local = new LocalConnections(open, threads);
        logins = useCases.eventBus().subscribe(EventNames.LOGINS_CHANNEL,
                new LoginWatch(open, local, useCases.authenticate()));
        access = useCases.eventBus().subscribe(EventNames.ACCESS_CHANNEL,
                new AccessWatch(local, useCases.joinChannel(), hub, frames));
        readers = useCases.eventBus().subscribe(EventNames.READERS_CHANNEL,
                new ReaderWatch(local, useCases.readerProfile()));
        Liveness liveness = new Liveness(open, limits.idleTimeout(), System::nanoTime);
        timers.every(limits.pingInterval(), liveness::pingAll);
        timers.every(silenceCheckPeriod(), liveness::closeSilent);
        PresenceKeeper keeper = new PresenceKeeper(useCases.presence(), open, threads);
        timers.every(limits.presenceRefreshInterval(), keeper::refresh);
        timers.every(limits.presenceExpiryInterval(), keeper::expire);
        timers.every(useCases.flushPositions().interval(), useCases.flushPositions()::flush);
    }

    /** Tells every client the node is restarting, closes them with 1012, then stops timers and subscriptions. */
    @Override
    public void close() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        Frame notice = frames.event("notice", null, 0, Map.of("level", "warning", "text", RESTART_NOTICE));
        open.forEach(connection -> {
            connection.send(notice);
            connection.close(CloseCodes.RESTARTING, RESTART_NOTICE);
        });
        awaitClosed();
        timers.close();
        if (logins != null) {
            logins.close();
        }
        if (access != null) {
            access.close();
        }
        if (readers != null) {
            readers.close();
        }
        hub.shutdown();
        threads.shutdown();
    }

    private void awaitClosed() {
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!connections.isEmpty()) {
            LOG.warn("{} connections did not close in time; the server drops them", connections.size());
        }
    }

    private Duration silenceCheckPeriod() {
        Duration tenth = limits.idleTimeout().dividedBy(10);
        return tenth.compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50) : tenth;
    }
}
