package io.kinrealm.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.TestServices;
import io.kinrealm.testing.contract.PresenceRegistryContract;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Presence kept in Redis keeps the presence contract and is one for the whole cluster: two nodes agree on who is
 * online and who just went offline. Each test has a key prefix of its own, so sweeps of other tests never meet its
 * connections.
 */
class RedisPresenceRegistryTest extends PresenceRegistryContract {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final String prefix = RedisTestKeys.newPrefix();
    private URI redisUrl;
    private RedisConnection nodeA;
    private RedisConnection nodeB;

    @Override
    protected PresenceRegistry newRegistry() {
        startTwoNodes();
        return nodeA.presence();
    }

    @BeforeEach
    void startTwoNodes() {
        if (nodeA == null) {
            redisUrl = TestServices.redis();
            nodeA = RedisConnection.connect(new RedisSettings(redisUrl, prefix));
            nodeB = RedisConnection.connect(new RedisSettings(redisUrl, prefix));
        }
    }

    @AfterEach
    void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
            RedisTestKeys.deleteAll(redisUrl, prefix);
        }
    }

    @Test
    void a_character_connected_on_two_nodes_stays_online_until_its_last_connection_closes() {
        CharacterId aria = aCharacter();
        PresenceRegistry onA = nodeA.presence();
        PresenceRegistry onB = nodeB.presence();

        assertThat(onA.connect(aria, "a-1", NOW.plus(LIFETIME), NOW)).as("came online").isTrue();
        assertThat(onB.connect(aria, "b-1", NOW.plus(LIFETIME), NOW)).as("already online").isFalse();
        assertThat(onA.disconnect(aria, "a-1", NOW)).as("still on node B").isFalse();
        assertThat(onB.isOnline(aria, NOW)).isTrue();
        assertThat(onB.disconnect(aria, "b-1", NOW)).as("went offline").isTrue();

        assertThat(onA.isOnline(aria, NOW)).isFalse();
    }

    @Test
    void expiring_from_two_nodes_at_once_reports_each_character_that_went_offline_exactly_once() throws Exception {
        List<CharacterId> expired = IntStream.range(0, 1200).mapToObj(i -> aCharacter()).toList();
        expired.forEach(character -> nodeA.presence().connect(character, "a-1", NOW.plus(LIFETIME), NOW));
        CharacterId stillOnNodeB = expired.getFirst();
        nodeB.presence().connect(stillOnNodeB, "b-1", NOW.plus(LIFETIME.multipliedBy(3)), NOW);
        Instant later = NOW.plus(LIFETIME.multipliedBy(2));

        List<CharacterId> reported = expireConcurrently(later, nodeA.presence(), nodeB.presence());

        assertThat(reported).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expired.subList(1, expired.size()));
        assertThat(nodeA.presence().isOnline(stillOnNodeB, later)).isTrue();
    }

    @Test
    void a_character_that_went_offline_by_a_clean_close_is_not_reported_again_by_expiry() {
        CharacterId aria = aCharacter();
        nodeA.presence().connect(aria, "a-1", NOW.plus(LIFETIME), NOW);
        nodeA.presence().connect(aria, "a-2", NOW.plusSeconds(5), NOW);

        assertThat(nodeA.presence().disconnect(aria, "a-1", NOW.plusSeconds(10))).as("a-2 expired at 5 s").isTrue();

        assertThat(nodeB.presence().expire(NOW.plus(LIFETIME))).doesNotContain(aria);
    }

    @Test
    void a_character_whose_dead_connection_was_not_yet_collected_comes_online_with_a_new_one() {
        CharacterId aria = aCharacter();
        nodeA.presence().connect(aria, "a-1", NOW.plus(LIFETIME), NOW);
        Instant afterDeath = NOW.plus(LIFETIME).plusSeconds(1);

        assertThat(nodeB.presence().connect(aria, "b-1", afterDeath.plus(LIFETIME), afterDeath)).isTrue();
        assertThat(nodeA.presence().expire(afterDeath)).as("online again through b-1").doesNotContain(aria);
    }

    @Test
    void a_refreshed_connection_outlives_its_first_expiry_and_a_closed_one_cannot_be_refreshed_back() {
        CharacterId aria = aCharacter();
        CharacterId brann = aCharacter();
        nodeA.presence().connect(aria, "a-1", NOW.plus(LIFETIME), NOW);
        nodeA.presence().connect(brann, "a-2", NOW.plus(LIFETIME), NOW);
        nodeA.presence().disconnect(brann, "a-2", NOW);

        nodeA.presence().refresh(aria, "a-1", NOW.plus(LIFETIME.multipliedBy(2)));
        nodeA.presence().refresh(brann, "a-2", NOW.plus(LIFETIME.multipliedBy(2)));

        Instant afterFirstExpiry = NOW.plus(LIFETIME).plusSeconds(1);
        assertThat(nodeB.presence().expire(afterFirstExpiry)).isEmpty();
        assertThat(nodeB.presence().isOnline(aria, afterFirstExpiry)).isTrue();
        assertThat(nodeB.presence().isOnline(brann, afterFirstExpiry)).isFalse();
    }

    @Test
    void presence_keys_expire_in_redis_a_margin_after_the_latest_connection_expiry() {
        CharacterId aria = aCharacter();
        nodeA.presence().connect(aria, "a-1", NOW.plus(LIFETIME), NOW);
        long limit = LIFETIME.plus(RedisPresenceRegistry.KEY_MARGIN).toMillis();

        assertThat(RedisTestKeys.pttl(redisUrl, nodeA.presence().characterKey(aria))).isPositive()
                .isLessThanOrEqualTo(limit);
        assertThat(RedisTestKeys.pttl(redisUrl, nodeA.presence().allKey())).isPositive()
                .isLessThanOrEqualTo(limit);
    }

    @Test
    void presence_without_redis_fails_with_an_infrastructure_error() {
        try (RedisConnection node = RedisConnection.connect(RedisSettings.of(URI.create("redis://127.0.0.1:1")))) {
            assertThatThrownBy(() -> node.presence().connect(aCharacter(), "a-1", NOW.plus(LIFETIME), NOW))
                    .isInstanceOf(InfrastructureException.class);
            assertThatThrownBy(() -> node.presence().isOnline(aCharacter(), NOW))
                    .isInstanceOf(InfrastructureException.class);
        }
    }

    private static List<CharacterId> expireConcurrently(Instant now, PresenceRegistry... nodes) throws Exception {
        CyclicBarrier start = new CyclicBarrier(nodes.length);
        List<Callable<List<CharacterId>>> calls = new ArrayList<>();
        for (PresenceRegistry node : nodes) {
            calls.add(() -> {
                start.await();
                List<CharacterId> offline = new ArrayList<>(node.expire(now));
                offline.addAll(node.expire(now));
                return offline;
            });
        }
        List<CharacterId> all = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(nodes.length)) {
            for (Future<List<CharacterId>> result : threads.invokeAll(calls)) {
                all.addAll(result.get());
            }
        }
        return all;
    }
}
