package io.kinrealm.acceptance.realtime;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;

/** The realm itself: its two nodes, who is in the game, and which node each player's connection lands on. */
public class RealmSteps {
    private static final int FIRST_NODE = 0;
    private static final int SECOND_NODE = 1;

    private final Realm realm;

    public RealmSteps(Realm realm) {
        this.realm = realm;
    }

    @Given("the realm runs on two nodes that share their storage")
    public void theRealmRunsOnTwoNodes() {
        realm.start();
    }

    /** The calling (warrior, smith...) only colours the persona: the game has no callings. */
    @Given("{word}, a/an {word} {word}, is in the game")
    public void isInTheGame(String name, String civilization, String calling) {
        realm.enter(name, civilization);
    }

    @Given("{word} is connected to the first node and {word} to the second")
    public void connectedToDifferentNodes(String first, String second) {
        playOn(realm.player(first), FIRST_NODE);
        playOn(realm.player(second), SECOND_NODE);
    }

    private void playOn(RealmPlayer player, int node) {
        int port = realm.nodePort(node);
        if (player.client().nodePort() != port) {
            player.playOn(port);
        }
    }

    @After("@gateway")
    public void endTheRealm() {
        realm.close();
    }
}
