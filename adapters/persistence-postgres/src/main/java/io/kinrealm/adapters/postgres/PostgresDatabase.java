package io.kinrealm.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.kinrealm.application.health.port.out.DependencyProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's PostgreSQL: one HikariCP pool, the schema migrated by Flyway at start, and the adapters over it.
 * Start it once per process and close it at shutdown; the adapters it hands out share the pool and are thread-safe.
 *
 * <p>Starting fails fast with an {@link io.kinrealm.application.shared.port.out.InfrastructureException} when the
 * database cannot be reached or a migration fails, so a misconfigured server never comes up half-working.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final String POOL_NAME = "kinrealm-postgres";
    private static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    private final HikariDataSource pool;
    private final JdbiAccounts accounts;
    private final JdbiCharacters characters;
    private final JdbiRefreshTokens refreshTokens;
    private final JdbiChatLog chatLog;
    private final JdbiFamilies families;
    private final JdbiDevotions devotions;
    private final JdbiTongues tongues;
    private final JdbiAuditLog auditLog;
    private final PostgresProbe probe;

    private PostgresDatabase(HikariDataSource pool, Jdbi jdbi) {
        this.pool = pool;
        this.accounts = new JdbiAccounts(jdbi);
        this.characters = new JdbiCharacters(jdbi);
        this.refreshTokens = new JdbiRefreshTokens(jdbi);
        this.chatLog = new JdbiChatLog(jdbi);
        this.families = new JdbiFamilies(jdbi);
        this.devotions = new JdbiDevotions(jdbi);
        this.tongues = new JdbiTongues(jdbi);
        this.auditLog = new JdbiAuditLog(jdbi);
        this.probe = new PostgresProbe(pool);
    }

    /**
     * Opens the pool, creates the schema if missing and applies the pending migrations ({@code db/migration} on the
     * class path). With a meter registry, the pool reports its connections and waits to it.
     *
     * @param metrics where pool metrics go; null for none
     */
    public static PostgresDatabase start(PostgresSettings settings, MeterRegistry metrics) {
        HikariDataSource pool = openPool(settings, metrics);
        try {
            migrate(pool, settings.schema());
            return new PostgresDatabase(pool, Jdbi.create(pool).installPlugin(new PostgresPlugin()));
        } catch (RuntimeException e) {
            pool.close();
            throw Sql.failure("migrating schema " + settings.schema(), e);
        }
    }

    private static HikariDataSource openPool(PostgresSettings settings, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.addDataSourceProperty("ApplicationName", "kinrealm");
        if (metrics != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw Sql.failure("connecting to " + settings.jdbcUrl(), e);
        }
    }

    private static void migrate(HikariDataSource pool, String schema) {
        MigrateResult result = Flyway.configure()
                .dataSource(pool)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info("PostgreSQL schema {} at version {} ({} migrations applied now)", schema, version,
                result.migrationsExecuted);
    }

    public JdbiAccounts accounts() {
        return accounts;
    }

    public JdbiCharacters characters() {
        return characters;
    }

    public JdbiRefreshTokens refreshTokens() {
        return refreshTokens;
    }

    public JdbiChatLog chatLog() {
        return chatLog;
    }

    /** Families with their bonds, orders and kin; the same rows {@link #characters()} writes at a birth. */
    public JdbiFamilies families() {
        return families;
    }

    /** The devotion characters earned through deeds. */
    public JdbiDevotions devotions() {
        return devotions;
    }

    /** The languages characters speak. */
    public JdbiTongues tongues() {
        return tongues;
    }

    /** Privileged acts such as role grants. */
    public JdbiAuditLog auditLog() {
        return auditLog;
    }

    /** Whether PostgreSQL answers a trivial query through the pool, within a short timeout; never throws. */
    public DependencyProbe probe() {
        return probe;
    }

    /** Closes every connection; the adapters fail with an infrastructure exception afterwards. */
    @Override
    public void close() {
        probe.close();
        pool.close();
    }
}
