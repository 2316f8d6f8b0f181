package io.kinrealm.bootstrap.realtime;

import io.kinrealm.adapters.client.ClientOptions;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.redis.RedisConnection;
import io.kinrealm.adapters.redis.RedisSettings;
import io.kinrealm.bootstrap.Configuration;
import io.kinrealm.bootstrap.KinrealmServer;
import io.kinrealm.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two real nodes, as a deployment runs them: the same PostgreSQL schema (fresh, {@code kr_rt_<hex>}, dropped at the
 * end), the same Redis key prefix and JWT secret, each on a free port of 127.0.0.1, with raised HTTP rate limits. It
 * also opens clients for the tests (closed after each test) and, on demand, a bus of its own on the same Redis that
 * listens to channels the way a third node would.
 */
final class Cluster implements AutoCloseable {
    private final TestServices.Postgres postgres = TestServices.postgres();
    private final URI redisUrl = TestServices.redis();
    private final String schema = "kr_rt_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private final String keyPrefix = schema + ":";
    private final RedisAdmin redis = new RedisAdmin(redisUrl, keyPrefix);
    private final List<KinrealmServer> nodes = new ArrayList<>();
    private final List<String> nodeIds = new ArrayList<>();
    private final List<KinrealmClient> clients = new CopyOnWriteArrayList<>();
    private RedisConnection observer;

    private Cluster() {
    }

    /** Starts node 1, then node 2. */
    static Cluster start() {
        Cluster cluster = new Cluster();
        try {
            cluster.startNode();
            cluster.startNode();
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startNode() {
        Set<String> known = redis.nodeIds();
        nodes.add(KinrealmServer.start(Configuration.fromEnvironment(environment())));
        nodeIds.add(redis.awaitNewNode(known));
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(Map.of(
                "KINREALM_HOST", "127.0.0.1", "KINREALM_PORT", "0", "KINREALM_BCRYPT_COST", "4",
                "KINREALM_DB_URL", postgres.jdbcUrl(), "KINREALM_DB_USER", postgres.user(),
                "KINREALM_DB_PASSWORD", postgres.password(), "KINREALM_DB_SCHEMA", schema,
                "KINREALM_REDIS_URL", redisUrl.toString(), "KINREALM_REDIS_KEY_PREFIX", keyPrefix,
                "KINREALM_JWT_SECRET", "a-shared-cluster-secret-of-at-least-32-bytes"));
        env.put("KINREALM_RATE_LIMIT_AUTH", "10000/1m");
        env.put("KINREALM_RATE_LIMIT_API", "100000/1m");
        return env;
    }

    /** Stops node 1 or 2 the way an operator does: its clients are told to reconnect elsewhere (1012). */
    void stop(int node) {
        nodes.get(node - 1).close();
    }

    /** Node 1 or node 2's port. */
    int port(int node) {
        return nodes.get(node - 1).port();
    }

    URI ws(int node) {
        return URI.create("ws://127.0.0.1:" + port(node) + "/ws");
    }

    Rest rest(int node) {
        return new Rest(port(node));
    }

    /** The node's id, as its Redis control channel and subscriber connection name carry it. */
    String nodeId(int node) {
        return nodeIds.get(node - 1);
    }

    RedisAdmin redis() {
        return redis;
    }

    /** A client of node 1 or 2, authenticated as the player's character, that does not reconnect by itself. */
    KinrealmClient signedIn(int node, Player player) {
        return signedIn(ws(node), player, ClientOptions.defaults().withReconnect(false));
    }

    KinrealmClient signedIn(URI endpoint, Player player, ClientOptions options) {
        try {
            KinrealmClient client = KinrealmClient.connect(endpoint, options);
            clients.add(client);
            Chat.reply(client.auth(player.accessToken(), player.characterId()));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client that reconnects by itself (after 50-200 ms), to the other node first, and resumes there: what a game
     * client does.
     */
    KinrealmClient roaming(URI endpoint, Player player, int otherNode) {
        return signedIn(endpoint, player, ClientOptions.defaults().withOtherNodes(List.of(ws(otherNode)))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    /** A bus on the same Redis and key prefix: it hears what the nodes publish, as a third node would. */
    synchronized RedisConnection observer() {
        if (observer == null) {
            observer = RedisConnection.connect(new RedisSettings(redisUrl, keyPrefix));
        }
        return observer;
    }

    void closeClients() {
        clients.forEach(KinrealmClient::close);
        clients.clear();
    }

    /** Closes the clients and nodes, then drops the schema and the Redis keys. */
    @Override
    public void close() {
        closeClients();
        nodes.forEach(KinrealmServer::close);
        if (observer != null) {
            observer.close();
        }
        redis.deleteKeys();
        dropSchema();
    }

    private void dropSchema() {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + schema, e);
        }
    }
}
