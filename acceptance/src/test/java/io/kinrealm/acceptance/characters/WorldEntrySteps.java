package io.kinrealm.acceptance.characters;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Refusal;
import java.util.UUID;

/** Entering the world as a character: only as one of one's own. */
public class WorldEntrySteps {
    private final World world;

    public WorldEntrySteps(World world) {
        this.world = world;
    }

    @When("{word} enters the world as {word}")
    public void entersTheWorldAs(String player, String character) {
        enter(player, idOf(character));
    }

    @When("{word} enters the world as {word}, who was never born")
    public void entersTheWorldAsSomeoneNeverBorn(String player, String character) {
        assertThat(world.birthOf(character)).as(character + " was born in this scenario").isEmpty();
        enter(player, new CharacterId(UUID.randomUUID()));
    }

    @Then("{word} is in the world as {word}")
    public void isInTheWorldAs(String player, String character) {
        assertThat(World.done(world.lastAnswer())).isEqualTo(idOf(character));
    }

    @Then("{word} is told {word} is not one of her/his/their characters")
    public void isToldItIsNotOneOfTheirCharacters(String player, String character) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.NOT_YOUR_CHARACTER);
    }

    private void enter(String player, CharacterId character) {
        AccountId account = world.signedIn(world.player(player)).accountId();
        world.heard(world.kinrealm().actAsCharacter().actAs(account, character));
    }

    private CharacterId idOf(String character) {
        String id = world.birthOf(character).orElseThrow().character().id();
        return CharacterId.parse(id).orElseThrow();
    }
}
