package io.kinrealm.adapters.postgres;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** What every PostgreSQL adapter shares: failure wrapping, unique-violation detection and time conversion. */
final class Sql {
    static final String DEPENDENCY = "postgresql";
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Runs one call to the database; a JDBI failure becomes an {@link InfrastructureException}. */
    static <T> T guarded(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (JdbiException e) {
            throw failure(action, e);
        }
    }

    static InfrastructureException failure(String action, Exception cause) {
        return new InfrastructureException(DEPENDENCY, action + " failed", cause);
    }

    /** Whether the failure is a unique violation (SQLState 23505) of the named constraint. */
    static boolean violatesUnique(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return message != null && constraint.equals(message.getConstraint());
            }
        }
        return false;
    }

    /** The instant as PostgreSQL keeps it: in UTC, to the microsecond. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
