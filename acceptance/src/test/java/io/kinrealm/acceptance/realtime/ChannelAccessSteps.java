package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Who may join which channel: the game's access policy, as the gateway applies it. */
public class ChannelAccessSteps {
    private final Realm realm;
    private final Map<String, Optional<String>> answers = new HashMap<>();

    public ChannelAccessSteps(Realm realm) {
        this.realm = realm;
    }

    @When("{word} tries to join {word}'s family channel")
    public void triesToJoinFamilyChannel(String name, String owner) {
        String hearth = Channels.family(realm.player(owner).familyId());
        answers.put(name, realm.player(name).tryToJoin(hearth));
    }

    @Then("{word} is told {string}")
    public void isTold(String name, String code) {
        assertThat(answers).as("what %s tried", name).containsKey(name);
        assertThat(answers.get(name)).as("the answer to %s", name).contains(code);
    }
}
