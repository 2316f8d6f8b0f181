package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.bootstrap.Configuration;
import io.kinrealm.bootstrap.KinrealmServer;
import io.kinrealm.testing.TestServices;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm of one real-time scenario: two Kinrealm nodes sharing a fresh PostgreSQL schema and a fresh Redis key
 * prefix (so they form one cluster that no other scenario sees), with the same token secret, the cheapest password
 * hashing and REST limits no scenario reaches; the players in it and the strangers who knocked. Created by
 * PicoContainer for the scenarios that use it; {@link #close()} ends everything and drops the schema.
 */
public final class Realm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Realm.class);
    private static final int NODES = 2;

    private final List<KinrealmServer> nodes = new ArrayList<>();
    private final Map<String, RealmPlayer> players = new HashMap<>();
    private final List<GameClient> strangers = new ArrayList<>();
    private TestServices.Postgres postgres;
    private String schema;

    /** Starts the nodes, one after the other (the first one migrates the schema). */
    public void start() {
        postgres = TestServices.postgres();
        URI redis = TestServices.redis();
        schema = "kr_acc_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Configuration configuration = Configuration.fromEnvironment(environment(redis));
        for (int i = 0; i < NODES; i++) {
            nodes.add(KinrealmServer.start(configuration));
        }
    }

    private Map<String, String> environment(URI redis) {
        Map<String, String> env = new HashMap<>(Map.of(
                "KINREALM_HOST", "127.0.0.1", "KINREALM_PORT", "0",
                "KINREALM_DB_URL", postgres.jdbcUrl(), "KINREALM_DB_USER", postgres.user(),
                "KINREALM_DB_PASSWORD", postgres.password(), "KINREALM_DB_SCHEMA", schema,
                "KINREALM_DB_POOL_SIZE", "4",
                "KINREALM_REDIS_URL", redis.toString(), "KINREALM_REDIS_KEY_PREFIX", schema + ":"));
        env.putAll(Map.of(
                "KINREALM_JWT_SECRET", "acceptance-" + HexFormat.of().formatHex(randomBytes()),
                "KINREALM_BCRYPT_COST", "4",
                "KINREALM_RATE_LIMIT_AUTH", "10000/1m",
                "KINREALM_RATE_LIMIT_API", "100000/1m"));
        return env;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** The port of a node, by its place in the realm (0 for the first). */
    int nodePort(int index) {
        assertThat(nodes).as("the realm's nodes").hasSizeGreaterThan(index);
        return nodes.get(index).port();
    }

    /**
     * The player opens an account, logs in and creates the character over the first node's REST API, then enters the
     * game as that character on the first node.
     */
    RealmPlayer enter(String name, String civilization) {
        AccountDesk desk = new AccountDesk(nodePort(0));
        AccountDesk.Login login = desk.openAccountAndLogIn(name.toLowerCase(Locale.ROOT),
                name.toLowerCase(Locale.ROOT) + "-sings-at-dawn");
        RealmPlayer player = new RealmPlayer(name, login,
                desk.createCharacter(login, name, civilization.toLowerCase(Locale.ROOT)));
        players.put(name, player);
        player.playOn(nodePort(0));
        return player;
    }

    RealmPlayer player(String name) {
        assertThat(players).as("the players in the realm").containsKey(name);
        return players.get(name);
    }

    /** Someone who opens a connection to the first node and shows no pass. */
    GameClient stranger() {
        GameClient stranger = GameClient.connect(nodePort(0));
        strangers.add(stranger);
        return stranger;
    }

    /** The desk of the first node, for what players do outside the game. */
    AccountDesk desk() {
        return new AccountDesk(nodePort(0));
    }

    /** Closes every client, then the nodes, then drops the scenario's schema. */
    @Override
    public void close() {
        players.values().forEach(RealmPlayer::close);
        strangers.forEach(GameClient::close);
        nodes.reversed().forEach(KinrealmServer::close);
        nodes.clear();
        if (schema != null) {
            dropSchema();
        }
    }

    private void dropSchema() {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            LOG.warn("Could not drop the scenario's schema {}: {}", schema, e.getMessage());
        }
    }
}
