package io.kinrealm.adapters.redis;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Direct access to the test Redis: a key prefix of one's own per run, reading TTLs, cleaning up after a run, and
 * looking at (or killing) pub/sub clients.
 */
final class RedisTestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RedisTestKeys() {
    }

    /** A prefix no other test run uses, such as {@code kr-test-1f2e3d4c5b6a:}. */
    static String newPrefix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "kr-test-" + HexFormat.of().formatHex(bytes) + ":";
    }

    /** The key's remaining time to live in milliseconds; -2 when there is no such key, -1 when it never expires. */
    static long pttl(URI url, String key) {
        try (JedisPooled redis = new JedisPooled(url)) {
            return redis.pttl(key);
        }
    }

    static boolean exists(URI url, String key) {
        try (JedisPooled redis = new JedisPooled(url)) {
            return redis.exists(key);
        }
    }

    /** Deletes every key under the prefix, found with SCAN (never KEYS, which blocks Redis). */
    static void deleteAll(URI url, String prefix) {
        try (JedisPooled redis = new JedisPooled(url)) {
            ScanParams matching = new ScanParams().match(prefix + "*").count(500);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.scan(cursor, matching);
                if (!page.getResult().isEmpty()) {
                    redis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
    }

    /** How many clients of the Redis server are subscribed to the pub/sub channel (PUBSUB NUMSUB). */
    static long subscribers(URI url, String redisChannel) {
        try (Jedis redis = new Jedis(url)) {
            return redis.pubsubNumSub(redisChannel).getOrDefault(redisChannel, 0L);
        }
    }

    /** Kills the pub/sub client of that name (CLIENT KILL ID), as Redis does to a subscriber it cuts off. */
    static void killSubscriber(URI url, String clientName) {
        try (Jedis redis = new Jedis(url)) {
            String id = subscriberId(redis, clientName)
                    .orElseThrow(() -> new IllegalStateException("no pub/sub client named " + clientName));
            redis.clientKill(new ClientKillParams().id(id));
        }
    }

    /** Whether a pub/sub client of that name is connected. */
    static boolean subscriberConnected(URI url, String clientName) {
        try (Jedis redis = new Jedis(url)) {
            return subscriberId(redis, clientName).isPresent();
        }
    }

    private static Optional<String> subscriberId(Jedis redis, String clientName) {
        return redis.clientList(ClientType.PUBSUB).lines()
                .filter(line -> Arrays.asList(line.split(" ")).contains("name=" + clientName))
                .map(line -> line.substring("id=".length(), line.indexOf(' ')))
                .findFirst();
    }
}
