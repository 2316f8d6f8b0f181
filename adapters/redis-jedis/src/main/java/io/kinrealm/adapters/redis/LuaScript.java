package io.kinrealm.adapters.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run atomically by Redis: sent by its SHA-1 digest, and in full only when Redis does not know it yet
 * (after a restart or a SCRIPT FLUSH).
 */
record LuaScript(String source, String sha) {

    static LuaScript of(String source) {
        return new LuaScript(source, sha1(source));
    }

    /** Runs the script; Jedis errors are left to the caller to wrap. */
    Object run(UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException notCachedYet) {
            return redis.eval(source, keys, args);
        }
    }

    private static String sha1(String script) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
