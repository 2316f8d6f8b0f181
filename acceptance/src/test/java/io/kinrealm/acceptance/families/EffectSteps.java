package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.in.FamilyDetailsView;

/** What close bonds unlock: Twin Strike with Ashnar, Iril's translation with Iril. */
public class EffectSteps {
    private final World world;

    public EffectSteps(World world) {
        this.world = world;
    }

    /** An effect as the game names it, read as its id. */
    @ParameterType("Twin Strike|Iril's translation")
    public String effect(String shown) {
        return switch (shown) {
            case "Twin Strike" -> "twin_strike";
            case "Iril's translation" -> "iril_translation";
            default -> throw new AssertionError("no effect is called " + shown);
        };
    }

    @Then("{effect} is unlocked for {word}'s family")
    public void isUnlocked(String effect, String owner) {
        assertThat(shown().effects()).contains(effect);
    }

    @Then("{effect} is locked for {word}'s family")
    public void isLocked(String effect, String owner) {
        assertThat(shown().effects()).doesNotContain(effect);
    }

    private FamilyDetailsView shown() {
        return (FamilyDetailsView) World.done(world.lastAnswer());
    }
}
