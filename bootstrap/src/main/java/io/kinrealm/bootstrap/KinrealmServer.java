package io.kinrealm.bootstrap;

import io.kinrealm.adapters.memory.InMemoryAccounts;
import io.kinrealm.adapters.memory.InMemoryAuditLog;
import io.kinrealm.adapters.memory.InMemoryCharacters;
import io.kinrealm.adapters.memory.InMemoryChatLog;
import io.kinrealm.adapters.memory.InMemoryDevotions;
import io.kinrealm.adapters.memory.InMemoryEventBus;
import io.kinrealm.adapters.memory.InMemoryFamilies;
import io.kinrealm.adapters.memory.InMemoryPositions;
import io.kinrealm.adapters.memory.InMemoryPresenceRegistry;
import io.kinrealm.adapters.memory.InMemoryRateLimiter;
import io.kinrealm.adapters.memory.InMemoryRefreshTokens;
import io.kinrealm.adapters.memory.InMemoryTongues;
import io.kinrealm.adapters.memory.RandomIds;
import io.kinrealm.adapters.memory.SystemClock;
import io.kinrealm.adapters.postgres.PostgresDatabase;
import io.kinrealm.adapters.postgres.PostgresSettings;
import io.kinrealm.adapters.redis.RedisConnection;
import io.kinrealm.adapters.redis.RedisSettings;
import io.kinrealm.adapters.security.BcryptPasswordHasher;
import io.kinrealm.adapters.security.JwtTokenIssuer;
import io.kinrealm.adapters.security.RandomRefreshSecrets;
import io.kinrealm.adapters.web.HttpSettings;
import io.kinrealm.adapters.web.KinrealmHttpServer;
import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.account.SessionPolicy;
import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.health.port.out.DependencyProbe;
import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.domain.rules.RuleBook;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Kinrealm node, wired from its configuration: in memory by default, on PostgreSQL when a database URL is
 * set, with Redis-shared rate limits when a Redis URL is set.
 */
public final class KinrealmServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KinrealmServer.class);
    private static final long MAX_BODY_BYTES = 64 * 1024;
    /** Messages kept per channel by the embedded runtime; PostgreSQL keeps them all. */
    private static final int CHAT_KEPT_IN_MEMORY = 10_000;

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final KinrealmHttpServer http;

    private KinrealmServer(Configuration config) {
        try {
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            List<DependencyProbe> probes = new ArrayList<>();
            Shared shared = shared(config, probes);
            KinrealmCore.Ports ports = ports(config, metrics, probes, shared);
            KinrealmCore core = KinrealmCore.assemble(ports,
                    new KinrealmCore.Settings(RuleBook.defaults(), SessionPolicy.defaults(), Map.of(
                            "auth", limit(config.limits().auth()),
                            "api", limit(config.limits().api())), KinrealmCore.Realtime.defaults(),
                            new ConfiguredRoles(Set.copyOf(config.operators()), Set.copyOf(config.moderators()))));
            resources.push(Housekeeping.start(core.purgeExpiredSessions()));
            this.http = KinrealmHttpServer.start(WebWiring.useCases(core, ports.eventBus()),
                    new HttpSettings(config.host(), config.port(), config.corsOrigins(), MAX_BODY_BYTES), metrics);
            resources.push(http);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts a node; on failure everything already opened is closed again. */
    public static KinrealmServer start(Configuration config) {
        return new KinrealmServer(config);
    }

    public int port() {
        return http.port();
    }

    private KinrealmCore.Ports ports(Configuration config, PrometheusMeterRegistry metrics,
                                     List<DependencyProbe> probes, Shared shared) {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(config.bcryptCost());
        JwtTokenIssuer tokens = new JwtTokenIssuer(jwtSecret(config), "kinrealm", "kinrealm-api");
        if (config.database().isEmpty()) {
            LOG.info("No KINREALM_DB_URL: accounts, characters and chat are kept in memory (embedded runtime).");
            FamilyStores stores = new FamilyStores(new InMemoryFamilies(), new InMemoryDevotions(),
                    new InMemoryTongues(), shared.positions());
            return new KinrealmCore.Ports(new InMemoryAccounts(), new InMemoryRefreshTokens(),
                    new InMemoryCharacters(), hasher, tokens, new RandomRefreshSecrets(), shared.rateLimiter(),
                    new SystemClock(), new RandomIds(), probes, new InMemoryChatLog(CHAT_KEPT_IN_MEMORY),
                    shared.eventBus(), shared.presence(), channelAccess(stores), stores,
                    new InMemoryAuditLog());
        }
        Configuration.Database db = config.database().get();
        PostgresDatabase database = PostgresDatabase.start(
                new PostgresSettings(db.jdbcUrl(), db.user(), db.password(), db.schema(), db.poolSize()), metrics);
        resources.push(database);
        probes.add(database.probe());
        LOG.info("PostgreSQL at {} (schema {}), migrated.", db.jdbcUrl(), db.schema());
        FamilyStores stores = new FamilyStores(database.families(), database.devotions(), database.tongues(),
                shared.positions());
        return new KinrealmCore.Ports(database.accounts(), database.refreshTokens(), database.characters(), hasher,
                tokens, new RandomRefreshSecrets(), shared.rateLimiter(), new SystemClock(), new RandomIds(), probes,
                database.chatLog(), shared.eventBus(), shared.presence(),
                channelAccess(stores), stores, database.auditLog());
    }

    private static GameChannelAccess channelAccess(FamilyStores stores) {
        return new GameChannelAccess(stores.families(), stores.devotions(), RuleBook.defaults().divine());
    }

    /** What the nodes of a cluster share through Redis, or this node keeps to itself when there is no Redis. */
    private record Shared(RateLimiter rateLimiter, EventBus eventBus, PresenceRegistry presence,
                          Positions positions) {
    }

    private Shared shared(Configuration config, List<DependencyProbe> probes) {
        if (config.redisUrl().isEmpty()) {
            return new Shared(new InMemoryRateLimiter(), new InMemoryEventBus(), new InMemoryPresenceRegistry(),
                    new InMemoryPositions());
        }
        RedisConnection redis = RedisConnection.connect(new RedisSettings(config.redisUrl().get(),
                config.redisKeyPrefix()));
        resources.push(redis);
        probes.add(redis.probe());
        LOG.info("Redis at {}:{}: rate limits, events, presence and positions are shared by every node.",
                config.redisUrl().get().getHost(), config.redisUrl().get().getPort());
        return new Shared(redis.rateLimiter(), redis.eventBus(), redis.presence(), redis.positions());
    }

    private static String jwtSecret(Configuration config) {
        return config.jwtSecret().orElseGet(() -> {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            LOG.warn("No KINREALM_JWT_SECRET: generated a random one. Tokens will not survive a restart and are not"
                    + " accepted by other nodes; set the variable for production and clusters.");
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        });
    }

    private static RateLimit limit(Configuration.Limit limit) {
        return new RateLimit(limit.requests(), limit.window());
    }

    /** Stops serving, then closes storage and Redis, in the reverse order of opening. */
    @Override
    public void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                LOG.warn("Error while shutting down: {}", e.toString());
            }
        }
    }
}
