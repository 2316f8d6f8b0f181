package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.KinrealmClient;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A persona of a real-time scenario: the login they opened over REST, the character they play (with the family it
 * heads), and the game client they play it with, on one node of the realm.
 */
final class RealmPlayer implements AutoCloseable {
    private final String name;
    private final AccountDesk.Login login;
    private final AccountDesk.Birth birth;
    private final Set<String> channels = new LinkedHashSet<>();
    private GameClient client;

    RealmPlayer(String name, AccountDesk.Login login, AccountDesk.Birth birth) {
        this.name = name;
        this.login = login;
        this.birth = birth;
    }

    String name() {
        return name;
    }

    AccountDesk.Login login() {
        return login;
    }

    String familyId() {
        return birth.familyId();
    }

    /** Connects a game client to the node and enters the game as the character, leaving any former client. */
    void playOn(int nodePort) {
        if (client != null) {
            client.close();
        }
        channels.clear();
        client = GameClient.connect(nodePort);
        client.authenticate(login.accessToken(), birth.characterId());
    }

    /** Joins a channel; the scenario fails unless the player is let in. */
    void join(String channel) {
        Eventually.answer(name + " joining " + channel, game().join(channel));
        channels.add(channel);
    }

    /** The channels the player joined. */
    Set<String> channels() {
        return Set.copyOf(channels);
    }

    /** Tries to join a channel: the code of the refusal, or empty when the player was let in. */
    Optional<String> tryToJoin(String channel) {
        return Eventually.refusal(name + " joining " + channel, game().join(channel));
    }

    /** Says a line on a channel and waits until the realm has kept it. */
    void say(String channel, String text) {
        Eventually.answer(name + " saying \"" + text + "\"", game().send(channel, text, null));
    }

    /** The game client the player plays with now. */
    GameClient client() {
        assertThat(client).as("%s's game client", name).isNotNull();
        return client;
    }

    /** The connection to the gateway itself, to make requests with. */
    KinrealmClient game() {
        return client().client();
    }

    Hearing hearing() {
        return client().hearing();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
