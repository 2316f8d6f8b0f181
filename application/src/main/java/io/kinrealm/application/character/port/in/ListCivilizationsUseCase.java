package io.kinrealm.application.character.port.in;

import java.util.List;

/** Anyone may read the civilizations a character can be born into. */
public interface ListCivilizationsUseCase {

    List<CivilizationView> listCivilizations();
}
