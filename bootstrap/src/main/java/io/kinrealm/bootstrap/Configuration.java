package io.kinrealm.bootstrap;

import io.kinrealm.domain.account.Username;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's settings, read from environment variables (see docs/configuration.md). Absent database and Redis URLs
 * mean the embedded runtime: everything in memory, in this process. {@code operators} and {@code moderators} are
 * usernames whose logins carry those roles.
 */
public record Configuration(String host, int port, Optional<Database> database, Optional<URI> redisUrl,
                            String redisKeyPrefix, Optional<String> jwtSecret, int bcryptCost, Limits limits,
                            List<String> corsOrigins, List<String> operators, List<String> moderators) {

    /** Where PostgreSQL is. */
    public record Database(String jdbcUrl, String user, String password, String schema, int poolSize) {
    }

    /** Requests per client IP and window, per route group. */
    public record Limits(Limit auth, Limit api) {
    }

    /** At most {@code requests} in each {@code window}. */
    public record Limit(int requests, Duration window) {
    }

    /** Reads the configuration; a malformed value is refused with a message naming the variable. */
    public static Configuration fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        Optional<Database> database = read.text("KINREALM_DB_URL").map(url -> new Database(url,
                read.text("KINREALM_DB_USER").orElse("postgres"), read.text("KINREALM_DB_PASSWORD").orElse(""),
                read.text("KINREALM_DB_SCHEMA").orElse("public"), read.integer("KINREALM_DB_POOL_SIZE", 16, 1, 512)));
        return new Configuration(
                read.text("KINREALM_HOST").orElse("0.0.0.0"),
                read.integer("KINREALM_PORT", 7070, 0, 65535),
                database,
                read.uri("KINREALM_REDIS_URL", "redis"),
                read.text("KINREALM_REDIS_KEY_PREFIX").orElse("kinrealm:"),
                read.text("KINREALM_JWT_SECRET"),
                read.integer("KINREALM_BCRYPT_COST", 12, 4, 31),
                new Limits(read.limit("KINREALM_RATE_LIMIT_AUTH", new Limit(100, Duration.ofMinutes(15))),
                        read.limit("KINREALM_RATE_LIMIT_API", new Limit(1200, Duration.ofMinutes(1)))),
                list(read, "KINREALM_CORS_ORIGINS"),
                usernames(read, "KINREALM_OPERATORS"),
                usernames(read, "KINREALM_MODERATORS"));
    }

    private static List<String> list(EnvReader read, String name) {
        return read.text(name)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** A comma-separated list of usernames; one that cannot be a username is refused naming the variable. */
    private static List<String> usernames(EnvReader read, String name) {
        List<String> usernames = list(read, name);
        usernames.stream().filter(username -> Username.problem(username).isPresent()).findFirst()
                .ifPresent(bad -> {
                    throw new IllegalArgumentException(name + " must list usernames separated by commas; '" + bad
                            + "' is not a username");
                });
        return usernames;
    }
}
