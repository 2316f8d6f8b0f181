package io.kinrealm.application.character.port.out;

import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import java.util.List;
import java.util.Optional;

/** Every character of the world, with the family founded at its birth. Names are unique ignoring case. */
public interface Characters {

    /**
     * Stores a newly born character together with its family, both or neither, unless its account already has
     * {@code maxPerAccount} characters ({@link Insertion#LIMIT_REACHED}) or another character already bears the name,
     * ignoring case ({@link Insertion#DUPLICATE}). The count and the insert are one atomic step: creations racing for
     * an account's last place cannot both win.
     */
    Insertion insert(NewCharacter born, int maxPerAccount);

    /** Stores a newly born character with no limit on its account: for seeding a world and for tests. */
    default Insertion insert(NewCharacter born) {
        return insert(born, Integer.MAX_VALUE);
    }

    Optional<Character> findById(CharacterId id);

    /** The characters of one account, oldest first. */
    List<Character> findByAccount(AccountId account);
}
