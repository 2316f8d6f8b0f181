package io.kinrealm.domain.language;

import io.kinrealm.domain.civilization.Language;
import java.util.Objects;

/**
 * Everything that decides how one text in one language reads to a recipient. Recipients with equal profiles see the
 * very same rendering, so a large channel renders a message once per distinct profile, never once per recipient.
 *
 * <p>The profile is normalised so that as many recipients as possible share one:
 * <ul>
 *   <li>Common is understood fully by everyone: proficiency 100, no translation;</li>
 *   <li>a reader fluent in the language needs no translation: proficiency 100, no translation;</li>
 *   <li>when Iril translates a racial language the reader's own proficiency no longer matters and is recorded as 0,
 *       with {@code irilTranslates} true;</li>
 *   <li>otherwise the reader's proficiency, and {@code irilTranslates} false.</li>
 * </ul>
 *
 * @param languageId     the language the text is written in
 * @param proficiency    the reader's proficiency in it, normalised as above
 * @param irilTranslates whether Iril translates this text for the reader (it is then marked as translated)
 */
public record ComprehensionProfile(String languageId, Proficiency proficiency, boolean irilTranslates) {

    public ComprehensionProfile {
        Objects.requireNonNull(languageId, "language id");
        Objects.requireNonNull(proficiency, "proficiency");
        if (Language.COMMON.id().equals(languageId) || proficiency.isFluent()) {
            proficiency = Proficiency.FLUENT;
            irilTranslates = false;
        } else if (irilTranslates) {
            proficiency = Proficiency.NONE;
        }
    }
}
