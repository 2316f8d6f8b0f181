package io.kinrealm.adapters.redis;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.map.SectionPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Positions shared by every node of the cluster, in one Redis hash {@code <prefix>positions}: the field is the
 * {@link Locatable#key()}, the value {@code section|x|y} such as {@code 5.12.130.77|12.5|0.30000000000000004}, the
 * coordinates written by {@link Double#toString} so they read back to the same double. Every call is one command
 * (HSET, HDEL, HMGET), so finding a whole family's positions is one round trip. A value that does not read back as a
 * position (written by hand or by another version) counts as unknown and is logged, never thrown.
 */
public final class RedisPositions implements Positions {
    private static final Logger LOG = LoggerFactory.getLogger(RedisPositions.class);
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern DOT = Pattern.compile("\\.");

    private final UnifiedJedis redis;
    private final String key;

    RedisPositions(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.key = Objects.requireNonNull(keyPrefix, "key prefix") + "positions";
    }

    @Override
    public void put(Locatable who, Position where) {
        try {
            redis.hset(key, who.key(), text(where));
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not record a position", e);
        }
    }

    @Override
    public void remove(Locatable who) {
        try {
            redis.hdel(key, who.key());
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not forget a position", e);
        }
    }

    @Override
    public Map<Locatable, Position> find(Collection<Locatable> who) {
        if (who.isEmpty()) {
            return Map.of();
        }
        List<Locatable> asked = List.copyOf(who);
        List<String> values;
        try {
            values = redis.hmget(key, asked.stream().map(Locatable::key).toArray(String[]::new));
        } catch (JedisException e) {
            throw new InfrastructureException("redis", "could not read positions", e);
        }
        Map<Locatable, Position> found = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Locatable one = asked.get(i);
            Optional.ofNullable(values.get(i)).flatMap(value -> position(one, value))
                    .ifPresent(where -> found.put(one, where));
        }
        return Map.copyOf(found);
    }

    /** {@code section|x|y}: the section path as {@code 5.12.130.77}, the coordinates as {@link Double#toString}. */
    static String text(Position where) {
        return where.section() + "|" + Double.toString(where.x()) + "|" + Double.toString(where.y());
    }

    /** The position a stored value stands for, or empty (with a warning) when it is none. */
    static Optional<Position> position(Locatable who, String value) {
        try {
            return Optional.of(parse(value));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the stored position of {}, which is no position: '{}' ({})", who.key(), value,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Reads {@code section|x|y}; anything else fails with {@link IllegalArgumentException}. */
    private static Position parse(String value) {
        String[] parts = BAR.split(value, -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not section|x|y");
        }
        List<Integer> indexes = new ArrayList<>();
        for (String index : DOT.split(parts[0], -1)) {
            indexes.add(Integer.parseInt(index));
        }
        return new Position(new SectionPath(indexes), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }
}
