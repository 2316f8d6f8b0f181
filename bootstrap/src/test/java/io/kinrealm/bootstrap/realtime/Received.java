package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.adapters.client.CloseInfo;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.client.ResumeResult;
import io.kinrealm.adapters.client.ServerEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one client was given, in the order its listeners heard it: events, connection ends and resumes.
 * Channels joined with {@link Chat#join} are not filtered by the client, so their messages are what the server sent.
 */
final class Received {
    static final String CHAT = "chat.message";

    private final List<ServerEvent> events = new CopyOnWriteArrayList<>();
    private final List<CloseInfo> closes = new CopyOnWriteArrayList<>();
    private final List<ResumeResult> resumes = new CopyOnWriteArrayList<>();

    private Received() {
    }

    /** Starts recording what the client hears from now on. */
    static Received by(KinrealmClient client) {
        Received received = new Received();
        client.onEvent("*", received.events::add);
        client.onClose(received.closes::add);
        client.onResume(received.resumes::add);
        return received;
    }

    /** The chat messages of a channel, in arrival order. */
    List<ServerEvent> chat(String channel) {
        return events(CHAT, channel);
    }

    List<ServerEvent> events(String name, String channel) {
        return events.stream().filter(e -> e.ev().equals(name) && channel.equals(e.ch())).toList();
    }

    /** The server's notices (events on no channel), in arrival order. */
    List<ServerEvent> notices() {
        return events.stream().filter(e -> e.ev().equals("notice")).toList();
    }

    /** The chat messages' seqs on a channel, in arrival order. */
    List<Long> seqs(String channel) {
        return chat(channel).stream().map(ServerEvent::seq).toList();
    }

    List<String> texts(String channel) {
        return chat(channel).stream().map(e -> e.d().path("text").asText()).toList();
    }

    /** The event names heard on a channel, in arrival order. */
    List<String> names(String channel) {
        return events.stream().filter(e -> channel.equals(e.ch())).map(ServerEvent::ev).toList();
    }

    /** Waits until a chat message with this seq arrived on the channel. */
    void awaitSeq(String channel, long seq) {
        Eventually.until("seq " + seq + " on " + channel + " (seen " + seqs(channel).size() + ")",
                () -> seqs(channel).contains(seq));
    }

    /** Waits until an event of this name arrived on the channel. */
    void await(String name, String channel) {
        Eventually.until(name + " on " + channel, () -> !events(name, channel).isEmpty());
    }

    /** Waits for the connection's end and answers how it ended. */
    CloseInfo awaitClose() {
        Eventually.until("the connection closed", () -> !closes.isEmpty());
        return closes.getFirst();
    }

    /**
     * Checks that the connection ended once, with the close code, and that the client then resumed the channel once,
     * with everything missed recovered.
     */
    void assertMovedOnce(int closeCode, String channel) {
        assertThat(closes).singleElement().satisfies(close -> {
            assertThat(close.code()).as("close code").isEqualTo(closeCode);
            assertThat(close.reconnecting()).as("reconnecting").isTrue();
        });
        assertThat(resumes).singleElement().satisfies(resume -> {
            assertThat(resume.channel()).isEqualTo(channel);
            assertThat(resume.recovered()).as("recovered").isTrue();
        });
    }

    List<CloseInfo> closes() {
        return List.copyOf(closes);
    }

    List<ResumeResult> resumes() {
        return List.copyOf(resumes);
    }
}
