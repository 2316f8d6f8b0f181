package io.kinrealm.domain.character;

import io.kinrealm.domain.civilization.Civilization;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.Objects;

/**
 * A player character: born into one civilization, owned by one account, and head of its own family. At birth it
 * takes its civilization's starting devotion, and its family (Ashnar, Iril and their bonds) is founded with it.
 */
public final class Character {
    private final CharacterId id;
    private final AccountId accountId;
    private final CharacterName name;
    private final String civilization;
    private final FamilyId familyId;
    private final Devotion devotion;
    private final Instant createdAt;

    public Character(CharacterId id, AccountId accountId, CharacterName name, String civilization, FamilyId familyId,
                     Devotion devotion, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "account");
        this.name = Objects.requireNonNull(name, "name");
        this.civilization = Objects.requireNonNull(civilization, "civilization");
        this.familyId = Objects.requireNonNull(familyId, "family");
        this.devotion = Objects.requireNonNull(devotion, "devotion");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    /** What a player asked for when creating a character, with the ids chosen for it. */
    public record Birth(CharacterId id, FamilyId familyId, AccountId accountId, CharacterName name,
                        Civilization civilization) {
    }

    /**
     * A character is born: refused when the account already has as many characters as the rules allow; otherwise
     * the character takes its civilization's starting devotion and its family is founded.
     */
    public static Outcome<NewCharacter> create(Birth birth, int charactersOfAccount, CharacterRules characterRules,
                                               FamilyRules familyRules, Instant now) {
        if (charactersOfAccount >= characterRules.maxPerAccount()) {
            return Outcome.rejected(Refusal.CHARACTER_LIMIT_REACHED,
                    "An account may have at most " + characterRules.maxPerAccount() + " characters.");
        }
        Character character = new Character(birth.id(), birth.accountId(), birth.name(), birth.civilization().id(),
                birth.familyId(), birth.civilization().startingDevotion(), now);
        Family.Founding founding = Family.found(birth.familyId(), birth.id(), familyRules, now);
        CharacterEvent.CharacterCreated created = new CharacterEvent.CharacterCreated(birth.id(), birth.accountId(),
                birth.name(), birth.civilization().id(), birth.familyId(), now);
        return Outcome.done(new NewCharacter(character, founding.family(), created, founding.event()));
    }

    public CharacterId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public CharacterName name() {
        return name;
    }

    /** The id of the civilization the character was born into. */
    public String civilization() {
        return civilization;
    }

    public FamilyId familyId() {
        return familyId;
    }

    public Devotion devotion() {
        return devotion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isOwnedBy(AccountId account) {
        return accountId.equals(account);
    }
}
