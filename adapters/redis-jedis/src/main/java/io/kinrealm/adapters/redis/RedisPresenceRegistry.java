package io.kinrealm.adapters.redis;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.shared.CharacterId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Presence shared by every node of the cluster, in Redis: per character a sorted set of its live connections scored
 * by expiry, and one sorted set of all connections by expiry from which any node collects the dead ones (see
 * {@link PresenceScripts}). Every change is one Lua script, so two nodes connecting, disconnecting or collecting at
 * once never both see a character come online or go offline. Times are the game times the callers pass (scores in
 * microseconds since the epoch), never Redis' clock; keys live {@link #KEY_MARGIN} beyond the latest expiry they hold.
 */
public final class RedisPresenceRegistry implements PresenceRegistry {
    /** How long a key outlives its latest expiry: far longer than any node waits between two calls of expire. */
    static final Duration KEY_MARGIN = Duration.ofMinutes(15);
    /** How many dead connections one script run collects at most, so that Redis is never blocked for long. */
    static final int EXPIRE_BATCH = 500;

    private final UnifiedJedis redis;
    private final String keyPrefix;

    RedisPresenceRegistry(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "key prefix");
    }

    @Override
    public boolean connect(CharacterId character, String connectionId, Instant expiresAt, Instant now) {
        long ttl = Math.max(Duration.between(now, expiresAt).toMillis(), 0) + KEY_MARGIN.toMillis();
        Object before = run(PresenceScripts.CONNECT, "record a connection", characterKeys(character),
                character.toString(), connectionId, micros(expiresAt), micros(now), Long.toString(ttl));
        return ((Long) before) == 0;
    }

    @Override
    public void refresh(CharacterId character, String connectionId, Instant expiresAt) {
        run(PresenceScripts.REFRESH, "refresh a connection", characterKeys(character),
                character.toString(), connectionId, micros(expiresAt), Long.toString(KEY_MARGIN.toMillis()));
    }

    @Override
    public boolean disconnect(CharacterId character, String connectionId, Instant now) {
        Object offline = run(PresenceScripts.DISCONNECT, "remove a connection", characterKeys(character),
                character.toString(), connectionId, micros(now));
        return ((Long) offline) == 1;
    }

    @Override
    public List<CharacterId> expire(Instant now) {
        List<CharacterId> offline = new ArrayList<>();
        List<?> batch;
        do {
            batch = (List<?>) run(PresenceScripts.EXPIRE, "collect expired connections", List.of(allKey()),
                    micros(now), Integer.toString(EXPIRE_BATCH), keyPrefix + "pr:c:");
            batch.stream().skip(1).map(RedisPresenceRegistry::text).map(CharacterId::parse)
                    .flatMap(Optional::stream).forEach(offline::add);
        } while (((Long) batch.getFirst()) >= EXPIRE_BATCH);
        return List.copyOf(offline);
    }

    @Override
    public boolean isOnline(CharacterId character, Instant now) {
        try {
            return redis.zcount(characterKey(character), "(" + micros(now), "+inf") > 0;
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not read presence", e);
        }
    }

    /** The sorted set of a character's live connections. */
    String characterKey(CharacterId character) {
        return keyPrefix + "pr:c:" + character;
    }

    /** The sorted set of every connection of every character, by expiry. */
    String allKey() {
        return keyPrefix + "pr:exp";
    }

    private List<String> characterKeys(CharacterId character) {
        return List.of(characterKey(character), allKey());
    }

    private Object run(LuaScript script, String what, List<String> keys, String... args) {
        try {
            return script.run(redis, keys, List.of(args));
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not " + what, e);
        }
    }

    /** A score: microseconds since the epoch, exact in a Redis score (a double) for the next 280 years. */
    private static String micros(Instant instant) {
        long micros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        return Long.toString(micros);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
