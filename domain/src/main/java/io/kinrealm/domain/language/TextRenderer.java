package io.kinrealm.domain.language;

import java.util.Objects;

/**
 * Renders a text written in a language for a reader: each word the reader understands (see
 * {@link WordComprehension}) shows as written, each other word as its foreign word from the {@link Scrambler}; spaces,
 * punctuation and digits always stay in place. When Iril translates, the whole text reads as written and is marked as
 * translated. Pure and cache-free: sharing one rendering among readers of the same {@link ComprehensionProfile} is
 * the caller's job.
 */
public final class TextRenderer {
    private final Scrambler scrambler;

    public TextRenderer(Scrambler scrambler) {
        this.scrambler = Objects.requireNonNull(scrambler, "scrambler");
    }

    /** A renderer with the default sounds of the nine tongues. */
    public static TextRenderer defaults() {
        return new TextRenderer(Scrambler.defaults());
    }

    /** The text as this reader reads it. */
    public Rendering render(String text, String languageId, ReaderProfile reader) {
        return render(text, reader.profileFor(languageId));
    }

    /** The text as every reader of this comprehension profile reads it. */
    public Rendering render(String text, ComprehensionProfile profile) {
        if (profile.irilTranslates()) {
            return new Rendering(text, true, true);
        }
        if (profile.proficiency().isFluent()) {
            return new Rendering(text, false, true);
        }
        StringBuilder shown = new StringBuilder(text.length());
        boolean everyWord = true;
        for (TextToken token : TextToken.split(text)) {
            if (token instanceof TextToken.Word word
                    && !WordComprehension.understands(profile.languageId(), word.text(), profile.proficiency())) {
                shown.append(scrambler.scramble(profile.languageId(), word.text()));
                everyWord = false;
            } else {
                shown.append(token.text());
            }
        }
        return new Rendering(shown.toString(), false, everyWord);
    }
}
