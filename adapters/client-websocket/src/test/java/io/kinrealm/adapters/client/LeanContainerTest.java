package io.kinrealm.adapters.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The load tool's set-up: frames read on the selector threads, listeners run right there (own JVM per class). */
class LeanContainerTest {

    @Test
    void with_the_lean_container_events_are_handled_on_the_selector_threads_and_resume_still_loses_nothing()
            throws Exception {
        ClientContainers.configure(1, true);
        FakeChat chat = new FakeChat();
        Recorder<ServerEvent> messages = new Recorder<>();
        Recorder<String> threads = new Recorder<>();
        try (FakeGateway gateway = FakeGateway.start(chat)) {
            KinrealmClient client = KinrealmClient.connect(gateway.uri(), ClientOptions.defaults()
                    .withDispatch(Runnable::run).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
            client.onEvent("chat.message", messages);
            client.onEvent("chat.message", event -> threads.accept(Thread.currentThread().getName()));
            client.auth("good", "char-1").get();
            client.join("room:trade").get();
            chat.publish("room:trade", "one");
            messages.awaitCount(1);

            gateway.holdResumes();
            gateway.closeAll(1012);
            gateway.awaitResumeArrived();
            chat.publish("room:trade", "two");
            gateway.releaseResumes();
            Eventually.until("reconnected", client::isConnected);
            chat.publish("room:trade", "three");

            assertThat(Recorder.seqs(messages.awaitCount(3))).isEqualTo(LongStream.rangeClosed(1, 3).boxed().toList());
            assertThat(threads.awaitCount(3).seen()).allMatch(name -> name.startsWith("kinrealm-ws-selector"));
            assertThat(gateway.resumeRequests()).extracting(channels -> channels.path("room:trade").asLong())
                    .isEqualTo(List.of(1L));
            client.close();
        }
    }
}
