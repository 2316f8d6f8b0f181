package io.kinrealm.application.character.port.in;

import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/**
 * Whether an account may act as a character: only its own. A character of another account and a character that does
 * not exist are refused alike (not_your_character), so nobody learns which ids exist.
 */
public interface ActAsCharacterUseCase {

    Outcome<CharacterId> actAs(AccountId account, CharacterId character);
}
