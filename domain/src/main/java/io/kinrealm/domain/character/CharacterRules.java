package io.kinrealm.domain.character;

/**
 * Character numbers designers may tune.
 *
 * @param maxPerAccount how many characters one account may have
 */
public record CharacterRules(int maxPerAccount) {
    public CharacterRules {
        if (maxPerAccount < 1) {
            throw new IllegalArgumentException("an account may have at least one character");
        }
    }

    public static CharacterRules defaults() {
        return new CharacterRules(8);
    }
}
