package io.kinrealm.domain.language;

import java.util.Objects;

/**
 * What a recipient brings to reading: the tongues the character speaks, and whether Iril translates for it (its bond
 * with Iril is Close or better; the family decides that, this value only carries the answer).
 */
public record ReaderProfile(Tongues tongues, boolean irilTranslates) {

    public ReaderProfile {
        Objects.requireNonNull(tongues, "tongues");
    }

    /** The key under which this reader shares the rendering of a text in the language with like readers. */
    public ComprehensionProfile profileFor(String languageId) {
        return new ComprehensionProfile(languageId, tongues.in(languageId), irilTranslates);
    }
}
