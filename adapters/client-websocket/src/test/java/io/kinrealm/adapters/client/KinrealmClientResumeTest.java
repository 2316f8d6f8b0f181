package io.kinrealm.adapters.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KinrealmClientResumeTest {
    private static final String ROOM = "room:trade";

    private final FakeChat chat = new FakeChat();
    private final Recorder<ServerEvent> messages = new Recorder<>();
    private final Recorder<CloseInfo> closes = new Recorder<>();
    private final Recorder<ResumeResult> resumes = new Recorder<>();
    private FakeGateway gateway;
    private KinrealmClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = FakeGateway.start(chat);
        client = KinrealmClient.connect(gateway.uri(),
                ClientOptions.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
        client.onEvent("chat.message", messages);
        client.onClose(closes);
        client.onResume(resumes);
        client.auth("good", "char-1").get();
        client.join(ROOM).get();
        publish(3);
        messages.awaitCount(3);
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
    }

    @ParameterizedTest(name = "close code {0}")
    @ValueSource(ints = {1012, 4008, 1011, 1001})
    void after_the_server_closes_the_client_resumes_from_the_last_message_it_saw(int code) throws Exception {
        gateway.holdResumes();
        gateway.closeAll(code);
        gateway.awaitResumeArrived();
        publish(2);
        gateway.releaseResumes();
        Eventually.until("reconnected", client::isConnected);
        publish(1);

        assertThat(Recorder.seqs(messages.awaitCount(6))).isEqualTo(seqs(1, 6));
        assertThat(gateway.resumeRequests()).singleElement()
                .satisfies(channels -> assertThat(channels.path(ROOM).asLong()).isEqualTo(3));
        assertThat(resumes.awaitCount(1).seen()).containsExactly(new ResumeResult(ROOM, true, 5, Optional.empty()));
        assertThat(closes.seen().getFirst()).isEqualTo(new CloseInfo(code, "test", true));
    }

    @Test
    void after_a_connection_dropped_without_a_close_frame_the_client_resumes() throws Exception {
        gateway.holdResumes();
        gateway.abortAll();
        gateway.awaitResumeArrived();
        publish(2);
        gateway.releaseResumes();

        assertThat(Recorder.seqs(messages.awaitCount(5))).isEqualTo(seqs(1, 5));
        assertThat(closes.seen().getFirst().reconnecting()).isTrue();
    }

    @Test
    void a_replay_overlapping_what_the_client_had_is_not_delivered_twice() throws Exception {
        gateway.replayOverlap(2);
        gateway.holdResumes();
        gateway.closeAll(1012);
        gateway.awaitResumeArrived();
        publish(2);
        gateway.releaseResumes();
        Eventually.until("reconnected", client::isConnected);
        publish(1);

        messages.awaitCount(6);
        Eventually.pause(Duration.ofMillis(200));
        assertThat(Recorder.seqs(messages)).isEqualTo(seqs(1, 6));
    }

    @Test
    void a_channel_whose_missed_messages_are_gone_is_reported_as_not_recovered() throws Exception {
        gateway.holdResumes();
        gateway.closeAll(1012);
        gateway.awaitResumeArrived();
        publish(2);
        chat.forgetUpTo(ROOM, 4);
        gateway.releaseResumes();
        Eventually.until("reconnected", client::isConnected);
        publish(1);

        assertThat(resumes.awaitCount(1).seen()).containsExactly(new ResumeResult(ROOM, false, 5, Optional.empty()));
        messages.awaitCount(4);
        assertThat(Recorder.seqs(messages)).containsExactly(1L, 2L, 3L, 6L);
    }

    @Test
    void requests_made_while_reconnecting_fail_at_once_with_not_connected() throws Exception {
        gateway.holdResumes();
        gateway.closeAll(1012);
        gateway.awaitResumeArrived();

        assertThat(client.send(ROOM, "too early", null)).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo(KinrealmError.NOT_CONNECTED));
        gateway.releaseResumes();
        Eventually.until("reconnected", client::isConnected);
        assertThat(client.send(ROOM, "now", null).get().path("seq").asLong()).isEqualTo(4);
    }

    @Test
    void a_close_with_4401_ends_the_client_without_reconnecting() throws Exception {
        gateway.closeAll(4401);

        assertThat(closes.awaitCount(1).seen()).containsExactly(new CloseInfo(4401, "test", false));
        Eventually.pause(Duration.ofMillis(600));
        assertThat(gateway.connectionsOpened()).isEqualTo(1);
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void closing_the_client_does_not_reconnect() throws Exception {
        client.close();

        assertThat(closes.awaitCount(1).seen().getFirst().reconnecting()).isFalse();
        Eventually.pause(Duration.ofMillis(600));
        assertThat(gateway.connectionsOpened()).isEqualTo(1);
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            chat.publish(ROOM, "news");
        }
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
