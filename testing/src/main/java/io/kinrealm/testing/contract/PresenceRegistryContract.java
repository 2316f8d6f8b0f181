package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PresenceRegistry} must do. A connection is live from {@code connect} until its expiry (exclusive);
 * a character is online while one of its connections is live. {@code connect} answers true when the character had no
 * live connection; {@code disconnect} answers true only when it removed a connection that was still held (live, or
 * expired but not yet swept) and the character has no live one left, and then the character's other expired
 * connections go too, so that {@code expire} does not report it again. {@code expire(now)} removes every connection
 * that expired by {@code now} and reports each character that thereby has none left, to exactly one caller however
 * many call at once. Refreshing a connection that is no longer held does not bring it back.
 *
 * <p>Instants are taken relative to {@link #start()}; characters are fresh random ids, so runs may share a store one
 * after another. Runs that call {@code expire} at the same moment on one store disturb each other: give each run a
 * store (or key namespace) of its own.
 */
public abstract class PresenceRegistryContract {
    protected static final Duration LIFETIME = Duration.ofSeconds(30);

    private PresenceRegistry registry;
    private Instant t0;

    /** A registry over fresh storage, or over storage that no other run expires connections in meanwhile. */
    protected abstract PresenceRegistry newRegistry();

    /** The moment the tests start from; by default the machine's time, so that stores with real expiry work. */
    protected Instant start() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @BeforeEach
    public void openRegistry() {
        registry = newRegistry();
        t0 = start();
    }

    @AfterEach
    public void closeRegistry() throws Exception {
        if (registry instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    protected static CharacterId aCharacter() {
        return new CharacterId(UUID.randomUUID());
    }

    protected static String aConnection() {
        return "conn-" + UUID.randomUUID();
    }

    private Instant at(long seconds) {
        return t0.plusSeconds(seconds);
    }

    /** Opens a connection at {@code seconds} after the start, live for {@link #LIFETIME}. */
    private boolean connect(CharacterId character, String connection, long seconds) {
        return registry.connect(character, connection, at(seconds).plus(LIFETIME), at(seconds));
    }

    private List<CharacterId> expireOwn(long seconds, CharacterId... own) {
        return registry.expire(at(seconds)).stream().filter(List.of(own)::contains).toList();
    }

    @Test
    public void the_first_connection_brings_a_character_online_and_a_second_one_does_not() {
        CharacterId aria = aCharacter();
        assertThat(registry.isOnline(aria, at(0))).isFalse();

        assertThat(connect(aria, aConnection(), 0)).isTrue();
        assertThat(connect(aria, aConnection(), 1)).isFalse();

        assertThat(registry.isOnline(aria, at(2))).isTrue();
    }

    @Test
    public void a_character_goes_offline_when_its_last_connection_closes() {
        CharacterId aria = aCharacter();
        String phone = aConnection();
        String laptop = aConnection();
        connect(aria, phone, 0);
        connect(aria, laptop, 0);

        assertThat(registry.disconnect(aria, phone, at(1))).isFalse();
        assertThat(registry.isOnline(aria, at(1))).isTrue();
        assertThat(registry.disconnect(aria, laptop, at(2))).isTrue();
        assertThat(registry.isOnline(aria, at(2))).isFalse();
        assertThat(registry.disconnect(aria, laptop, at(3))).as("closed twice").isFalse();
    }

    @Test
    public void characters_come_and_go_independently() {
        CharacterId aria = aCharacter();
        CharacterId brann = aCharacter();
        String ariasPhone = aConnection();

        assertThat(connect(aria, ariasPhone, 0)).isTrue();
        assertThat(connect(brann, aConnection(), 0)).isTrue();
        assertThat(registry.disconnect(brann, ariasPhone, at(1))).as("someone else's connection").isFalse();
        assertThat(registry.disconnect(aria, ariasPhone, at(1))).isTrue();

        assertThat(registry.isOnline(brann, at(2))).isTrue();
        assertThat(registry.disconnect(aCharacter(), aConnection(), at(2))).isFalse();
    }

    @Test
    public void an_expired_connection_no_longer_counts() {
        CharacterId aria = aCharacter();
        connect(aria, aConnection(), 0);

        assertThat(registry.isOnline(aria, at(30).minusMillis(1))).isTrue();
        assertThat(registry.isOnline(aria, at(30))).isFalse();
        assertThat(connect(aria, aConnection(), 31)).as("online again").isTrue();
    }

    @Test
    public void expiring_removes_the_expired_connections_and_reports_who_went_offline_once() {
        CharacterId aria = aCharacter();
        CharacterId brann = aCharacter();
        CharacterId cael = aCharacter();
        String brannsLaptop = aConnection();
        connect(aria, aConnection(), 0);
        connect(brann, aConnection(), 0);
        connect(brann, brannsLaptop, 0);
        registry.refresh(brann, brannsLaptop, at(90));
        connect(cael, aConnection(), 30);

        assertThat(expireOwn(30, aria, brann, cael)).containsExactly(aria);
        assertThat(expireOwn(31, aria, brann, cael)).isEmpty();
        assertThat(registry.isOnline(brann, at(31))).isTrue();
        assertThat(expireOwn(60, aria, brann, cael)).containsExactly(cael);
        assertThat(expireOwn(90, aria, brann, cael)).containsExactly(brann);
    }

    @Test
    public void a_refreshed_connection_lives_until_its_new_expiry() {
        CharacterId aria = aCharacter();
        String phone = aConnection();
        connect(aria, phone, 0);

        registry.refresh(aria, phone, at(60));

        assertThat(registry.isOnline(aria, at(45))).isTrue();
        assertThat(expireOwn(45, aria)).isEmpty();
        assertThat(registry.isOnline(aria, at(60))).isFalse();
        assertThat(expireOwn(60, aria)).containsExactly(aria);
    }

    @Test
    public void refreshing_a_connection_that_is_no_longer_held_does_not_bring_it_back() {
        CharacterId aria = aCharacter();
        CharacterId brann = aCharacter();
        String ariasPhone = aConnection();
        String brannsPhone = aConnection();
        connect(aria, ariasPhone, 0);
        connect(brann, brannsPhone, 0);
        expireOwn(30, aria);
        registry.disconnect(brann, brannsPhone, at(1));

        registry.refresh(aria, ariasPhone, at(120));
        registry.refresh(brann, brannsPhone, at(120));

        assertThat(registry.isOnline(aria, at(31))).isFalse();
        assertThat(registry.isOnline(brann, at(31))).isFalse();
    }

    @Test
    public void a_connection_closed_after_it_was_expired_does_not_take_its_character_offline_twice() {
        CharacterId aria = aCharacter();
        String phone = aConnection();
        connect(aria, phone, 0);

        assertThat(expireOwn(30, aria)).containsExactly(aria);

        assertThat(registry.disconnect(aria, phone, at(31))).isFalse();
    }

    @Test
    public void a_character_taken_offline_by_a_close_is_not_reported_again_by_the_sweep() {
        CharacterId aria = aCharacter();
        String phone = aConnection();
        String laptop = aConnection();
        connect(aria, phone, 0);
        connect(aria, laptop, 20);

        assertThat(registry.disconnect(aria, laptop, at(40))).isTrue();

        assertThat(expireOwn(40, aria)).isEmpty();
        assertThat(registry.disconnect(aria, phone, at(41))).isFalse();
    }

    @Test
    public void of_many_nodes_expiring_at_once_exactly_one_reports_each_character() throws Exception {
        List<CharacterId> characters = Stream.generate(PresenceRegistryContract::aCharacter)
                .limit(40).toList();
        characters.forEach(character -> connect(character, aConnection(), 0));
        characters.subList(0, 20).forEach(character -> connect(character, aConnection(), 1));

        List<List<CharacterId>> reports = PresenceConcurrency.expireAtOnce(registry, at(31), 8);

        List<CharacterId> reported = reports.stream().flatMap(List::stream).filter(characters::contains).toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(characters);
    }
}
