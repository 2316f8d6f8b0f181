package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;

/**
 * The devotion points each character has earned towards Order, Chaos and Void through its deeds. A character with
 * no stored devotion still has the starting devotion of its civilization, which the character itself carries.
 *
 * <p>Saving is last-write-wins: {@link #save} replaces the character's stored devotion.
 */
public interface Devotions {

    /** The character's devotion as last saved; empty when it never did a deed. */
    Optional<Devotion> find(CharacterId character);

    /** Stores the character's devotion, replacing what was stored (last write wins). */
    void save(CharacterId character, Devotion devotion);

    /**
     * A store with nothing in it that refuses writes: every character stands where it was born. For readers of
     * devotion in a server that records no deeds.
     */
    static Devotions none() {
        return new Devotions() {
            @Override
            public Optional<Devotion> find(CharacterId character) {
                return Optional.empty();
            }

            @Override
            public void save(CharacterId character, Devotion devotion) {
                throw new UnsupportedOperationException("this server records no deeds");
            }
        };
    }
}
