package io.kinrealm.application.family.port.out;

import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;

/**
 * The languages each character speaks and how well. A character that never learned anything has no stored tongues
 * and speaks what it was born with: Common and the native tongue of its civilization.
 *
 * <p>Saving is last-write-wins: {@link #save} replaces the character's stored tongues.
 */
public interface SpokenTongues {

    /** The character's tongues as last saved; empty when it never learned a language. */
    Optional<Tongues> find(CharacterId character);

    /** Stores the tongues of {@link Tongues#character()}, replacing what was stored (last write wins). */
    void save(Tongues tongues);
}
