package io.kinrealm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"5c1b8b6e-3d1f-4a6e-9a5b-0e2f4c6d8a10", "5C1B8B6E-3D1F-4A6E-9A5B-0E2F4C6D8A10"})
    void a_well_formed_id_is_read_in_either_case(String text) {
        assertThat(CharacterId.parse(text)).map(CharacterId::value)
                .contains(UUID.fromString("5c1b8b6e-3d1f-4a6e-9a5b-0e2f4c6d8a10"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "1-1-1-1-1", "aria", "5c1b8b6e-3d1f-4a6e-9a5b-0e2f4c6d8a1", " 5c1b8b6e-3d1f-4a6e-9a5b-0e2f4c6d8a10"
    })
    void a_malformed_id_is_no_id_rather_than_an_error(String text) {
        assertThat(CharacterId.parse(text)).isEmpty();
        assertThat(FamilyId.parse(text)).isEmpty();
    }
}
