package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import io.kinrealm.testing.contract.PositionsContract;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.JedisPooled;

/**
 * Positions kept in Redis keep the positions contract, are one for the whole cluster and shrug off a value that is no
 * position. This run has a key prefix of its own, removed at the end.
 */
class RedisPositionsTest extends PositionsContract {
    @RegisterExtension
    static final RedisTestNode REDIS = new RedisTestNode();

    @Override
    protected Positions newPositions() {
        return REDIS.node().positions();
    }

    @Test
    void a_position_put_on_one_node_is_found_and_removed_on_another() {
        Locatable aria = aCharacter();
        try (RedisConnection otherNode = REDIS.anotherNode()) {
            REDIS.node().positions().put(aria, at(12.5, 0.75));
            assertThat(otherNode.positions().find(List.of(aria))).containsExactly(Map.entry(aria, at(12.5, 0.75)));

            otherNode.positions().remove(aria);
        }

        assertThat(REDIS.node().positions().find(List.of(aria))).isEmpty();
    }

    @Test
    void positions_are_one_hash_of_compact_text_under_the_key_prefix() {
        Locatable aria = aCharacter();

        REDIS.node().positions().put(aria, at(0.1 + 0.2, 42));

        assertThat(hget(aria)).isEqualTo("5.12.130.77|0.30000000000000004|42.0");
    }

    @Test
    void a_stored_value_that_is_no_position_counts_as_unknown() {
        List<String> corrupt = List.of("", "garbage", "5.12.130.77|1.0", "5.12.130.77|x|1.0", "5.12|1.0|1.0",
                "5.12.130.77|-1.0|1.0", "5.12.130.77|NaN|1.0", "5.a.130.77|1.0|1.0", "5.12.130.77|1.0|1.0|9");
        Locatable brann = aCharacter();
        REDIS.node().positions().put(brann, at(3, 4));
        List<Locatable> asked = Stream.concat(corrupt.stream().map(value -> hset(aCharacter(), value)),
                Stream.of(brann)).toList();

        Map<Locatable, Position> found = REDIS.node().positions().find(asked);

        assertThat(found).containsOnly(Map.entry(brann, at(3, 4)));
    }

    @Test
    void positions_without_redis_fail_with_an_infrastructure_error() {
        try (RedisConnection down = RedisConnection.connect(RedisSettings.of(URI.create("redis://127.0.0.1:1")))) {
            Locatable aria = aCharacter();
            assertThatThrownBy(() -> down.positions().put(aria, at(1, 1)))
                    .isInstanceOfSatisfying(InfrastructureException.class,
                            e -> assertThat(e.dependency()).isEqualTo("redis"));
            assertThatThrownBy(() -> down.positions().remove(aria)).isInstanceOf(InfrastructureException.class);
            assertThatThrownBy(() -> down.positions().find(List.of(aria)))
                    .isInstanceOf(InfrastructureException.class);
        }
    }

    private static String hget(Locatable who) {
        try (JedisPooled redis = new JedisPooled(REDIS.url())) {
            return redis.hget(REDIS.prefix() + "positions", who.key());
        }
    }

    private static Locatable hset(Locatable who, String value) {
        try (JedisPooled redis = new JedisPooled(REDIS.url())) {
            redis.hset(REDIS.prefix() + "positions", who.key(), value);
        }
        return who;
    }
}
