package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Browsers may open the WebSocket only from an allowed origin; clients that send no Origin are not browsers. */
class OriginTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.origins = List.of(
            "https://play.kinrealm.io"));
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void an_origin_that_is_not_allowed_is_refused_with_403() {
        Throwable refused = catchThrowable(() -> node.connect("Origin", "https://evil.example"));

        assertThat(refused).isInstanceOf(CompletionException.class);
        assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(403);
    }

    @Test
    void an_allowed_origin_connects() {
        try (WsClient client = node.connect("Origin", "https://play.kinrealm.io")) {
            assertThat(client.request("auth", RealtimeFixture.auth(aria)).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void a_page_of_this_server_itself_connects() {
        try (WsClient client = node.connect("Origin", node.uri("http", "").toString())) {
            assertThat(client.request("auth", RealtimeFixture.auth(aria)).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void a_client_without_origin_connects() {
        try (WsClient client = node.signedIn(aria)) {
            assertThat(client.isOpen()).isTrue();
        }
    }
}
