package io.kinrealm.domain.language;

import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;

/** Something that happened to the tongues a character speaks, as the character's own feed learns of it. */
public sealed interface LanguageEvent {

    CharacterId character();

    /**
     * A character learned some of a language (through gameplay or an operator). {@code before} and {@code after} may be
     * equal when the character already spoke it fluently.
     */
    record LanguageLearned(CharacterId character, String languageId, Proficiency before, Proficiency after,
                           Instant at) implements LanguageEvent {
    }
}
