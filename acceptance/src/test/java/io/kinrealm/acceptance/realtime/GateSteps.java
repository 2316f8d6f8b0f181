package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.adapters.client.CloseInfo;
import java.time.Duration;

/**
 * The gate of the gateway: a connection shows a valid pass within five seconds or is turned away, and a pass whose
 * login ended stops working on every connection at once.
 */
public class GateSteps {
    private static final int UNAUTHENTICATED = 4401;
    /** The gateway gives a connection 5 s to show its pass; a little more to be told so. */
    private static final Duration PATIENCE_OF_THE_GATE = Duration.ofSeconds(8);

    private final Realm realm;
    private GameClient stranger;

    public GateSteps(Realm realm) {
        this.realm = realm;
    }

    @When("a stranger connects and says nothing")
    public void aStrangerConnects() {
        stranger = realm.stranger();
    }

    @Then("the stranger is turned away as unauthenticated")
    public void theStrangerIsTurnedAway() {
        assertThat(stranger).as("the stranger").isNotNull();
        CloseInfo end = Eventually.within("the stranger to be turned away", PATIENCE_OF_THE_GATE,
                stranger.hearing()::lastClose);
        assertThat(end.code()).as("how the stranger's connection ended: %s", end).isEqualTo(UNAUTHENTICATED);
    }

    @When("{word} logs out of the realm")
    public void logsOut(String name) {
        realm.desk().logOut(realm.player(name).login());
    }

    @Then("{word}'s connection is closed as unauthenticated")
    public void connectionClosedAsUnauthenticated(String name) {
        Hearing hearing = realm.player(name).hearing();
        CloseInfo end = Eventually.within(name + "'s connection to be closed", Eventually.SOON, hearing::lastClose);
        assertThat(end.code()).as("how %s's connection ended: %s", name, end).isEqualTo(UNAUTHENTICATED);
        assertThat(end.reconnecting()).as("%s's client tries again", name).isFalse();
    }
}
