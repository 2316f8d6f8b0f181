package io.kinrealm.acceptance.characters;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Map;

/** The devotion to Order, Chaos and Void a character shows to anyone who looks it up. */
public class DevotionSteps {
    private final World world;

    public DevotionSteps(World world) {
        this.world = world;
    }

    @Then("{word} starts with {int} Order, {int} Chaos and {int} Void")
    public void startsWith(String character, int order, int chaos, int voidPoints) {
        String id = world.birthOf(character).orElseThrow().character().id();
        CharacterView seen = World.done(world.kinrealm().getCharacter().get(CharacterId.parse(id).orElseThrow()));
        assertThat(seen.devotion()).isEqualTo(Map.of("order", order, "chaos", chaos, "void", voidPoints));
    }
}
