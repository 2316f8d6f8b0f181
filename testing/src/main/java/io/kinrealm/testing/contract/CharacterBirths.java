package io.kinrealm.testing.contract;

import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.CharacterName;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.UUID;

/** Characters born by the domain's own rules (the default rule book), for the contracts and adapter tests. */
public final class CharacterBirths {
    private static final RuleBook RULES = RuleBook.defaults();

    private CharacterBirths() {
    }

    /** A character of the account, with fresh ids, born into the civilization with that id at {@code at}. */
    public static NewCharacter born(AccountId account, String name, String civilization, Instant at) {
        Character.Birth birth = new Character.Birth(new CharacterId(UUID.randomUUID()),
                new FamilyId(UUID.randomUUID()), account, new CharacterName(name),
                RULES.civilizations().find(civilization).orElseThrow());
        Outcome<NewCharacter> outcome = Character.create(birth, 0, RULES.characters(), RULES.families(), at);
        if (outcome instanceof Outcome.Done<NewCharacter> done) {
            return done.value();
        }
        throw new IllegalStateException("the rules refused a test character: " + outcome);
    }
}
