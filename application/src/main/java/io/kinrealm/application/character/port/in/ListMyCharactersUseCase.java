package io.kinrealm.application.character.port.in;

import io.kinrealm.domain.shared.AccountId;
import java.util.List;

/** A player lists the characters of their account, oldest first. */
public interface ListMyCharactersUseCase {

    List<CharacterView> listMine(AccountId account);
}
