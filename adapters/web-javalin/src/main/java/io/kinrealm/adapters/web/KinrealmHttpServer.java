package io.kinrealm.adapters.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.kinrealm.adapters.web.gateway.Gateway;
import io.kinrealm.adapters.web.gateway.GatewayLimits;
import io.kinrealm.adapters.web.gateway.RealtimeUseCases;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kinrealm's HTTP server: the REST API under {@code /api/v1}, health probes, Prometheus metrics, the OpenAPI
 * document and the WebSocket gateway at {@code /ws}, on Javalin 7 with virtual threads. Start it with the use cases
 * of an assembled core; close it to stop gracefully (WebSocket clients are told to reconnect elsewhere with 1012,
 * requests in flight get up to ten seconds to finish).
 *
 * <p>Every request passes, in order: the edge (security headers, request id; on Jetty, so nothing escapes it), CORS,
 * the body size check, rate limiting on API routes, then the route, whose failures all leave as problem+json through
 * {@code Problems}. Plain before-handlers do not run for WebSocket upgrades, so the gateway's origin check is its
 * before-upgrade hook.
 */
public final class KinrealmHttpServer implements AutoCloseable {
    /** How long a stop waits for requests in flight. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Javalin app;
    private final Metrics metrics;
    private final Gateway gateway;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KinrealmHttpServer(Javalin app, Metrics metrics, Gateway gateway) {
        this.app = app;
        this.metrics = metrics;
        this.gateway = gateway;
    }

    /** Builds the server and starts listening on {@code settings.host():settings.port()}. */
    public static KinrealmHttpServer start(WebUseCases useCases, HttpSettings settings,
                                           PrometheusMeterRegistry metrics) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(metrics, "metrics");
        Metrics meters = new Metrics(metrics);
        Json json = new Json();
        Gateway gateway = new Gateway(realtime(useCases), limits(settings.gateway()), json.mapper(), metrics);
        Javalin app = null;
        try {
            app = Javalin.create(cfg -> configure(cfg, useCases, settings, meters, json, gateway));
            app.start(settings.host(), settings.port());
            gateway.start();
            return new KinrealmHttpServer(app, meters, gateway);
        } catch (RuntimeException e) {
            gateway.close();
            if (app != null) {
                app.stop();
            }
            meters.close();
            throw e;
        }
    }

    private static void configure(JavalinConfig cfg, WebUseCases useCases, HttpSettings settings, Metrics metrics,
                                  Json json, Gateway gateway) {
        Problems problems = new Problems(json);
        Cors cors = new Cors(settings.corsOrigins());
        cfg.concurrency.useVirtualThreads = true;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.startup.startupWatcherEnabled = false;
        cfg.http.maxRequestSize = settings.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyServer(server -> {
            server.insertHandler(new EdgeHandler());
            server.setErrorHandler(new JettyErrors(json));
            server.setStopTimeout(GRACE.toMillis());
        });
        cfg.routes.before(cors::before);
        cfg.routes.before(new BodyLimit(settings.maxBodyBytes())::before);
        cfg.routes.beforeMatched(Throttling.API_PATHS, new Throttling(useCases.throttle())::before);
        RouteTable.register(cfg, RouteTable.all(useCases, json, problems, metrics, new OpenApi()));
        cfg.routes.wsBeforeUpgrade(Gateway.PATH, cors::beforeUpgrade);
        gateway.install(cfg);
        problems.install(cfg);
        cfg.requestLogger.http(new RequestLog(metrics)::log);
    }

    private static RealtimeUseCases realtime(WebUseCases u) {
        return new RealtimeUseCases(u.authenticate(), u.actAsCharacter(), u.getCharacter(), u.joinChannel(),
                u.sendChatMessage(), u.chatHistory(), u.catchUp(), u.replayChannel(), u.presence(), u.eventBus(),
                u.families().readerProfile(), u.families().reportPosition(), u.families().flushPositions());
    }

    private static GatewayLimits limits(GatewaySettings s) {
        return new GatewayLimits(s.authTimeout(), s.idleTimeout(), s.pingInterval(), s.maxFrameBytes(),
                s.requestsPerSecond(), s.maxQueuedFrames(), s.maxQueuedBytes(), s.presenceRefreshInterval(),
                s.presenceExpiryInterval());
    }

    /** The port the server listens on (the one picked when the settings asked for port 0). */
    public int port() {
        return app.port();
    }

    /** Every HTTP route registered with Javalin, as "METHOD /path/template". */
    List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    /**
     * Closes every WebSocket with 1012 after a restart notice, stops accepting requests, lets those in flight finish
     * (up to ten seconds) and releases the port.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                gateway.close();
                app.stop();
            } finally {
                metrics.close();
            }
        }
    }
}
