package io.kinrealm.adapters.redis;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Direct access to the test Redis: a key prefix of one's own per run, reading TTLs, and cleaning up after a run. */
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
}
