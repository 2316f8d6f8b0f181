package io.kinrealm.domain.language;

import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The languages one character speaks and how well. Every character speaks Common fluently, is born fluent in the
 * native tongue of its civilization and knows nothing of any other language until it learns some.
 */
public final class Tongues {
    private static final String COMMON = Language.COMMON.id();

    private final CharacterId character;
    private final Map<String, Proficiency> proficiencies;

    private Tongues(CharacterId character, Map<String, Proficiency> proficiencies) {
        this.character = Objects.requireNonNull(character, "character");
        TreeMap<String, Proficiency> copy = new TreeMap<>();
        proficiencies.forEach((id, level) -> copy.put(Objects.requireNonNull(id, "language id"),
                Objects.requireNonNull(level, "proficiency in " + id)));
        copy.put(COMMON, Proficiency.FLUENT);
        this.proficiencies = copy;
    }

    /** The tongues of a character being born: Common and its native tongue at 100, every other language at 0. */
    public static Tongues atBirth(CharacterId character, Language nativeTongue) {
        return new Tongues(character, Map.of(nativeTongue.id(), Proficiency.FLUENT));
    }

    /** Rebuilds a character's tongues from storage; Common is fluent whatever was stored. */
    public static Tongues restore(CharacterId character, Map<String, Proficiency> proficiencies) {
        return new Tongues(character, proficiencies);
    }

    /** The tongues after some learning, and the event announcing it. */
    public record Learning(Tongues tongues, LanguageEvent.LanguageLearned event) {
    }

    /** The character learns {@code points} (at least 1) of a language; proficiency never rises above 100. */
    public Learning learn(Language language, int points, Instant now) {
        if (points < 1) {
            throw new IllegalArgumentException("learning needs at least 1 point, was " + points);
        }
        Proficiency before = in(language.id());
        Proficiency after = before.raisedBy(points);
        TreeMap<String, Proficiency> next = new TreeMap<>(proficiencies);
        next.put(language.id(), after);
        return new Learning(new Tongues(character, next),
                new LanguageEvent.LanguageLearned(character, language.id(), before, after, now));
    }

    /** How well the character knows a language; 0 for a language it never learned. */
    public Proficiency in(String languageId) {
        return proficiencies.getOrDefault(languageId, Proficiency.NONE);
    }

    public CharacterId character() {
        return character;
    }

    /** Every language the character knows anything of, by id, Common included. */
    public Map<String, Proficiency> all() {
        return Map.copyOf(proficiencies);
    }
}
