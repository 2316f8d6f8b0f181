package io.kinrealm.adapters.postgres;

import io.kinrealm.testing.TestServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A schema no other test run uses on the test PostgreSQL, dropped with everything in it when closed. */
final class FreshSchema implements AutoCloseable {
    private final PostgresSettings settings;

    FreshSchema() {
        TestServices.Postgres postgres = TestServices.postgres();
        String schema = "kr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.settings = new PostgresSettings(postgres.jdbcUrl(), postgres.user(), postgres.password(), schema, 10);
    }

    PostgresSettings settings() {
        return settings;
    }

    /** Runs one statement on a connection of its own, outside any pool, in this schema. */
    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setSchema(settings.schema());
            var result = statement.executeQuery(sql);
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
