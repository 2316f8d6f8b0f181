package io.kinrealm.adapters.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the server's PostgreSQL is and how much of it the server may use.
 *
 * @param jdbcUrl     a {@code jdbc:postgresql:} URL; driver options such as {@code connectTimeout} may be added to it
 * @param user        the role to log in as
 * @param password    its password; may be empty where the server trusts the connection
 * @param schema      the schema the server uses and migrates, created if missing; {@code public} when null or blank
 * @param maxPoolSize the most connections the pool opens
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int maxPoolSize) {
    /** The schema used when none is named. */
    public static final String DEFAULT_SCHEMA = "public";
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbc url");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("a schema name is lowercase letters, digits or _: " + schema);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection, was " + maxPoolSize);
        }
    }

    /** The settings without the password, fit for a log line. */
    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", schema=" + schema + ", maxPoolSize="
                + maxPoolSize + "]";
    }
}
