package io.kinrealm.adapters.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KinrealmClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeChat chat = new FakeChat();
    private FakeGateway gateway;
    private KinrealmClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = FakeGateway.start(chat);
        client = KinrealmClient.connect(gateway.uri(),
                ClientOptions.defaults().withRequestTimeout(Duration.ofMillis(500)));
        client.auth("good", "char-1").get();
    }

    @AfterEach
    void stop() {
        client.close();
        gateway.close();
    }

    @Test
    void an_ok_reply_completes_the_request_with_its_data() throws Exception {
        JsonNode reply = client.request("auth", Map.of("token", "good", "characterId", "char-2")).get();

        assertThat(reply.path("characterId").asText()).isEqualTo("char-2");
        assertThat(client.ping().get().path("serverTime").asText()).isNotEmpty();
    }

    @Test
    void an_error_reply_fails_the_request_with_the_servers_code() {
        assertThat(client.join("forbidden:guild")).failsWithin(WAIT)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo("channel_forbidden"));
        assertThat(client.send("room:trade", "hello", null)).failsWithin(WAIT)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo("not_in_channel"));
    }

    @Test
    void a_request_that_gets_no_reply_times_out() {
        gateway.silenceOp("ping");

        assertThat(client.ping()).failsWithin(WAIT)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void the_reply_to_a_chat_message_carries_its_seq_and_the_sender_gets_it_too() throws Exception {
        Recorder<ServerEvent> messages = new Recorder<>();
        client.onEvent("chat.message", messages);
        client.join("room:trade").get();

        JsonNode stored = client.send("room:trade", "wool for sale", "common").get();

        assertThat(stored.path("seq").asLong()).isEqualTo(1);
        ServerEvent echo = messages.awaitCount(1).seen().getFirst();
        assertThat(echo.ch()).isEqualTo("room:trade");
        assertThat(echo.seq()).isEqualTo(1L);
        assertThat(echo.d().path("text").asText()).isEqualTo("wool for sale");
    }

    @Test
    void events_reach_the_listeners_in_the_order_the_server_sent_them() throws Exception {
        Recorder<ServerEvent> messages = new Recorder<>();
        Recorder<ServerEvent> everything = new Recorder<>();
        client.onEvent("chat.message", messages);
        client.onEvent("*", everything);
        client.join("room:trade").get();

        IntStream.rangeClosed(1, 300).forEach(i -> chat.publish("room:trade", "message " + i));

        messages.awaitCount(300);
        assertThat(Recorder.seqs(messages)).isEqualTo(LongStream.rangeClosed(1, 300).boxed().toList());
        assertThat(everything.awaitCount(300).seen()).isEqualTo(messages.seen());
    }

    @Test
    void requests_from_many_threads_each_get_their_own_reply() throws Exception {
        client.join("room:trade").get();
        List<CompletableFuture<JsonNode>> replies = IntStream.range(0, 8).parallel()
                .mapToObj(thread -> IntStream.range(0, 25)
                        .mapToObj(i -> client.send("room:trade", thread + "/" + i, null)).toList())
                .flatMap(List::stream).toList();

        List<Long> seqs = replies.stream().map(CompletableFuture::join)
                .map(reply -> reply.path("seq").asLong()).sorted().toList();

        assertThat(seqs).isEqualTo(LongStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    void after_close_requests_fail_at_once_with_not_connected() {
        client.close();

        assertThat(client.ping()).failsWithin(WAIT)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo(KinrealmError.NOT_CONNECTED));
    }
}
