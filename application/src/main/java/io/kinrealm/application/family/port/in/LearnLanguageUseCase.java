package io.kinrealm.application.family.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/**
 * Gameplay (or an operator) teaches a character some of a language; proficiency never rises above 100. An unknown
 * language or fewer than 1 point fails validation; {@code character_not_found}.
 */
public interface LearnLanguageUseCase {

    Outcome<LanguagesView.LanguageView> learn(LearnLanguage command);

    record LearnLanguage(CharacterId character, String language, int points) {
    }
}
