package io.kinrealm.bootstrap.realtime;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * What an operator sees of the cluster in Redis, on a plain connection of its own: each node listens on a control
 * channel {@code <prefix>node:<nodeId>} and names its subscriber connection {@code kinrealm-sub-<nodeId>}, which is
 * how a test finds one node's subscriber among everything else using this Redis, to kill it.
 */
final class RedisAdmin {
    private final URI url;
    private final String keyPrefix;

    RedisAdmin(URI url, String keyPrefix) {
        this.url = url;
        this.keyPrefix = keyPrefix;
    }

    /** The ids of the nodes (of this key prefix) whose subscriber connection is listening now. */
    Set<String> nodeIds() {
        String control = keyPrefix + "node:";
        return with(jedis -> jedis.pubsubChannels(control + "*").stream()
                .map(channel -> channel.substring(control.length())).collect(Collectors.toSet()));
    }

    /** Waits for a node that is not among {@code known} to listen, and answers its id. */
    String awaitNewNode(Set<String> known) {
        Set<String> found = new HashSet<>();
        Eventually.until("a new node subscribed in Redis", () -> {
            found.clear();
            found.addAll(nodeIds());
            found.removeAll(known);
            return found.size() == 1;
        });
        return found.iterator().next();
    }

    /** The Redis client id of the node's subscriber connection, while it has one. */
    Optional<String> subscriberClientId(String nodeId) {
        String name = "name=kinrealm-sub-" + nodeId;
        String clients = with(jedis -> jedis.clientList(ClientType.PUBSUB));
        return clients.lines().filter(line -> List.of(line.split(" ")).contains(name))
                .map(line -> line.substring("id=".length(), line.indexOf(' ')))
                .findFirst();
    }

    /** CLIENT KILL ID: answers how many connections were killed. */
    long kill(String clientId) {
        return with(jedis -> jedis.clientKill(ClientKillParams.clientKillParams().id(clientId)));
    }

    /** Deletes every key of this key prefix. */
    void deleteKeys() {
        with(jedis -> {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(keyPrefix + "*").count(500));
                if (!page.getResult().isEmpty()) {
                    jedis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return null;
        });
    }

    private <T> T with(Function<Jedis, T> work) {
        try (Jedis jedis = new Jedis(url)) {
            return work.apply(jedis);
        }
    }
}
