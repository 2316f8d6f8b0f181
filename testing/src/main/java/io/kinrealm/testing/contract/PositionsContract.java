package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.map.SectionPath;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Positions} must do: give back a position exactly as it was put (section and coordinates to the
 * last bit of the double), the latest one put; forget a removed one; answer only for those asked and known; keep a
 * character and its family's staying companions apart. Everyone is a fresh random id, so runs may share a store.
 */
public abstract class PositionsContract {
    private Positions positions;

    /** Positions over fresh storage, or storage other runs only share with different ids. */
    protected abstract Positions newPositions();

    @BeforeEach
    public void openPositions() {
        positions = newPositions();
    }

    protected static Locatable aCharacter() {
        return Locatable.character(new CharacterId(UUID.randomUUID()));
    }

    protected static Position at(double x, double y) {
        return new Position(new SectionPath(List.of(5, 12, 130, 77)), x, y);
    }

    @Test
    public void a_position_put_is_found_exactly_as_it_was() {
        Locatable aria = aCharacter();
        Position where = new Position(new SectionPath(List.of(0, 3, 255, 1023)), 0.1 + 0.2, 99.999_999_999_999_9);

        positions.put(aria, where);

        assertThat(positions.find(List.of(aria))).containsExactly(Map.entry(aria, where));
    }

    @Test
    public void a_position_put_again_replaces_the_one_known() {
        Locatable aria = aCharacter();
        Position elsewhere = new Position(new SectionPath(List.of(6, 0, 0, 0)), 0, 7.25);
        positions.put(aria, at(10, 20));

        positions.put(aria, elsewhere);

        assertThat(positions.find(List.of(aria))).containsExactly(Map.entry(aria, elsewhere));
    }

    @Test
    public void a_removed_position_is_forgotten_and_removing_an_unknown_one_does_nothing() {
        Locatable aria = aCharacter();
        Locatable brann = aCharacter();
        positions.put(aria, at(1.5, 2.5));
        positions.put(brann, at(3, 4));

        positions.remove(aria);
        positions.remove(aCharacter());

        assertThat(positions.find(List.of(aria, brann))).containsExactly(Map.entry(brann, at(3, 4)));
    }

    @Test
    public void finding_several_answers_only_for_those_with_a_known_position() {
        Locatable aria = aCharacter();
        Locatable brann = aCharacter();
        Locatable cael = aCharacter();
        Locatable notAsked = aCharacter();
        positions.put(aria, at(1, 1));
        positions.put(cael, at(3, 3));
        positions.put(notAsked, at(4, 4));

        Map<Locatable, Position> found = positions.find(List.of(aria, brann, cael));

        assertThat(found).containsOnly(Map.entry(aria, at(1, 1)), Map.entry(cael, at(3, 3)));
    }

    @Test
    public void a_character_and_the_staying_companions_of_its_family_are_kept_apart() {
        UUID id = UUID.randomUUID();
        // One UUID for both the character and its family, so a store keying by the bare id would mix them up.
        Locatable aria = Locatable.character(new CharacterId(id));
        Locatable ashnar = Locatable.companion(new FamilyId(id), Companion.ASHNAR);
        Locatable iril = Locatable.companion(new FamilyId(id), Companion.IRIL);
        positions.put(aria, at(1, 1));
        positions.put(ashnar, at(2, 2));
        positions.put(iril, at(3, 3));

        positions.remove(ashnar);

        assertThat(positions.find(List.of(aria, ashnar, iril)))
                .containsOnly(Map.entry(aria, at(1, 1)), Map.entry(iril, at(3, 3)));
    }

    @Test
    public void finding_no_one_answers_nothing() {
        positions.put(aCharacter(), at(1, 1));

        assertThat(positions.find(List.of())).isEmpty();
    }
}
