package io.kinrealm.acceptance.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.client.ClientOptions;
import io.kinrealm.adapters.client.KinrealmClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * One game client, connected to one node through its own {@link NetworkLine}, with everything it hears recorded. It
 * reconnects quickly after a drop (from 50 ms, at most 400 ms apart), so that a scenario waits for the game, not for
 * back-off.
 */
final class GameClient implements AutoCloseable {
    private static final ClientOptions OPTIONS = ClientOptions.defaults()
            .withRequestTimeout(Eventually.SOON)
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
    private static final Duration GOODBYE = Duration.ofSeconds(2);

    private final NetworkLine line;
    private final KinrealmClient client;
    private final Hearing hearing = new Hearing();

    private GameClient(NetworkLine line, KinrealmClient client) {
        this.line = line;
        this.client = client;
        hearing.listenTo(client);
    }

    /** Opens a connection to the node's gateway; it is not authenticated yet. */
    static GameClient connect(int nodePort) {
        NetworkLine line = new NetworkLine(nodePort);
        try {
            return new GameClient(line, KinrealmClient.connect(line.gateway(), OPTIONS));
        } catch (IOException e) {
            line.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the pass for the character; the scenario fails unless the gateway lets the client in. */
    JsonNode authenticate(String accessToken, String characterId) {
        return Eventually.answer("authenticating", client.auth(accessToken, characterId));
    }

    KinrealmClient client() {
        return client;
    }

    NetworkLine line() {
        return line;
    }

    Hearing hearing() {
        return hearing;
    }

    int nodePort() {
        return line.nodePort();
    }

    /** Says goodbye properly (so the node sees a clean close), then takes the line down. */
    @Override
    public void close() {
        boolean connected = client.isConnected();
        int ended = hearing.closes().size();
        client.close();
        if (connected) {
            Eventually.holdsWithin(GOODBYE, () -> hearing.closes().size() > ended);
        }
        line.close();
    }
}
