package io.kinrealm.adapters.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinrealmClientFailoverTest {

    @Test
    void when_its_node_stops_the_client_moves_to_the_next_node_and_misses_nothing() throws Exception {
        FakeChat chat = new FakeChat();
        Recorder<ServerEvent> messages = new Recorder<>();
        try (FakeGateway first = FakeGateway.start(chat); FakeGateway second = FakeGateway.start(chat)) {
            KinrealmClient client = KinrealmClient.connect(first.uri(), ClientOptions.defaults()
                    .withOtherNodes(List.of(second.uri())).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
            client.onEvent("chat.message", messages);
            client.auth("good", "char-1").get();
            client.join("family:kin").get();
            chat.publish("family:kin", "one");
            messages.awaitCount(1);

            second.holdResumes();
            first.closeAll(1012);
            second.awaitResumeArrived();
            chat.publish("family:kin", "two");
            second.releaseResumes();
            Eventually.until("reconnected", client::isConnected);
            chat.publish("family:kin", "three");

            assertThat(messages.awaitCount(3).seen()).extracting(event -> event.d().path("text").asText())
                    .containsExactly("one", "two", "three");
            assertThat(second.connectionsOpened()).isEqualTo(1);
            client.close();
        }
    }
}
