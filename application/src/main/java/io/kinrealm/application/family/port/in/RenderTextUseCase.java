package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/**
 * Renders a text written in a language as one character reads it: the words it understands as written, the others
 * scrambled, or the whole text translated when the reader's bond with Iril is Close or better. An unknown language or
 * a missing text fails validation; {@code character_not_found}.
 */
public interface RenderTextUseCase {

    Outcome<RenderedTextView> render(RenderText query);

    record RenderText(CharacterId reader, String text, String language) {
    }
}
