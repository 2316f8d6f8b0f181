package io.kinrealm.adapters.redis;

/**
 * The Lua scripts behind {@link RedisPresenceRegistry}, each one atomic step in Redis. Keys: a character's live
 * connections {@code <prefix>pr:c:<character>} (members: connection ids; scores: expiry in microseconds since the
 * epoch) and every connection of every character {@code <prefix>pr:exp} (members: {@code <character>|<connection>},
 * same scores).
 * A connection whose expiry is at or before {@code now} is dead. Whoever takes a connection out of its character's
 * set reports the character offline if the set is then empty of live connections, so an offline transition is
 * reported once. Keys expire a margin after the latest expiry they hold, so a cluster that died leaves nothing behind.
 */
final class PresenceScripts {
    /** Extends a key's time to live to at least the given milliseconds; never shortens it. */
    private static final String KEEP = """
            local function keep(key, ttl)
                if redis.call('PTTL', key) < tonumber(ttl) then
                    redis.call('PEXPIRE', key, ttl)
                end
            end
            """;

    /** Drops a character's dead connections from both sets. */
    private static final String BURY = """
            local function bury(key, all, character, now)
                for _, dead in ipairs(redis.call('ZRANGEBYSCORE', key, '-inf', now)) do
                    redis.call('ZREM', all, character .. '|' .. dead)
                end
                redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
            end
            """;

    /** KEYS: character set, all set. ARGV: character, connection, expiresAt, now, ttl. Answers live count before. */
    static final LuaScript CONNECT = LuaScript.of(KEEP + BURY + """
            bury(KEYS[1], KEYS[2], ARGV[1], ARGV[4])
            local before = redis.call('ZCARD', KEYS[1])
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1] .. '|' .. ARGV[2])
            keep(KEYS[1], ARGV[5])
            keep(KEYS[2], ARGV[5])
            return before
            """);

    /**
     * KEYS: character set, all set. ARGV: character, connection, expiresAt, margin in ms. Moves the expiry of a
     * connection that is still there; the keys then live at least the margin plus the time the expiry moved. (No
     * {@code now} is given, so this is exact only while expiries lie less than the margin ahead, as they do.)
     */
    static final LuaScript REFRESH = LuaScript.of(KEEP + """
            local old = redis.call('ZSCORE', KEYS[1], ARGV[2])
            if not old then
                return 0
            end
            redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[2])
            redis.call('ZADD', KEYS[2], 'XX', ARGV[3], ARGV[1] .. '|' .. ARGV[2])
            local ttl = math.floor(math.max(tonumber(ARGV[3]) - tonumber(old), 0) / 1000) + tonumber(ARGV[4])
            keep(KEYS[1], ttl)
            keep(KEYS[2], ttl)
            return 1
            """);

    /** KEYS: character set, all set. ARGV: character, connection, now. 1 when the character just went offline. */
    static final LuaScript DISCONNECT = LuaScript.of(BURY + """
            local removed = redis.call('ZREM', KEYS[1], ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[1] .. '|' .. ARGV[2])
            if removed == 0 then
                return 0
            end
            bury(KEYS[1], KEYS[2], ARGV[1], ARGV[3])
            if redis.call('ZCARD', KEYS[1]) == 0 then
                return 1
            end
            return 0
            """);

    /**
     * KEYS: all set. ARGV: now, batch size, character key prefix. Takes up to a batch of dead connections out of the
     * all set (so no other caller gets them) and out of their characters' sets. Answers the number taken, then the
     * characters that thereby went offline.
     */
    static final LuaScript EXPIRE = LuaScript.of("""
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            local answer = {#due}
            for _, member in ipairs(due) do
                redis.call('ZREM', KEYS[1], member)
                local bar = string.find(member, '|', 1, true)
                local character = string.sub(member, 1, bar - 1)
                local key = ARGV[3] .. character
                if redis.call('ZREM', key, string.sub(member, bar + 1)) == 1 then
                    redis.call('ZREMRANGEBYSCORE', key, '-inf', ARGV[1])
                    if redis.call('ZCARD', key) == 0 then
                        table.insert(answer, character)
                    end
                end
            end
            return answer
            """);

    private PresenceScripts() {
    }
}
