package io.kinrealm.adapters.postgres;

import io.kinrealm.application.health.port.out.DependencyProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks PostgreSQL {@code SELECT 1} through the pool. The whole answer (waiting for a connection included) is bounded
 * by a short timeout, so a readiness check never hangs for the pool's longer connection timeout.
 */
final class PostgresProbe implements DependencyProbe, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DataSource pool;
    private final ExecutorService askers = Executors.newVirtualThreadPerTaskExecutor();

    PostgresProbe(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return Sql.DEPENDENCY;
    }

    @Override
    public boolean isUp() {
        try {
            return CompletableFuture.supplyAsync(this::answers, askers)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("PostgreSQL probe failed", e);
            return false;
        }
    }

    private boolean answers() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) TIMEOUT.toSeconds());
            return statement.execute("SELECT 1");
        } catch (SQLException e) {
            LOG.debug("PostgreSQL does not answer", e);
            return false;
        }
    }

    @Override
    public void close() {
        askers.shutdownNow();
    }
}
