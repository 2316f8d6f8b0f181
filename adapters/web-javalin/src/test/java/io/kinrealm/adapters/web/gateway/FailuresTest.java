package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.web.WebUseCases;
import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failing dependency is service_unavailable and a bug is internal_error without its details; either way the
 * connection stays usable. Chat history here fails by the room: {@code room:down} has its store down, {@code room:bug}
 * a bug.
 */
class FailuresTest {
    private final RealtimeFixture node = RealtimeFixture.start(knobs -> knobs.useCases = FailuresTest::failing);
    private final Player aria = node.player("aria", "Aria");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_dependency_that_fails_is_service_unavailable() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("chat.history", Map.of("ch", "room:down"));

            assertThat(reply.get("err").get("code").asText()).isEqualTo("service_unavailable");
            assertThat(reply.get("err").get("msg").asText()).contains("postgresql");
            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void a_bug_is_internal_error_and_shows_nothing_of_it() {
        try (WsClient client = node.signedIn(aria)) {
            JsonNode reply = client.request("chat.history", Map.of("ch", "room:bug"));

            assertThat(reply.get("err").get("code").asText()).isEqualTo("internal_error");
            assertThat(reply.toString()).doesNotContain("secret detail").doesNotContain("Exception");
            assertThat(client.request("ping", Map.of()).get("ok").asBoolean()).isTrue();
        }
    }

    private static WebUseCases failing(WebUseCases u) {
        ChatHistoryUseCase history = (reader, channel, before, limit) -> {
            if (channel.equals("room:down")) {
                throw new InfrastructureException("postgresql", "connection refused", null);
            }
            if (channel.equals("room:bug")) {
                throw new IllegalStateException("secret detail");
            }
            return u.chatHistory().history(reader, channel, before, limit);
        };
        return new WebUseCases(u.registerAccount(), u.getMyAccount(), u.logIn(), u.refreshSession(), u.logOut(),
                u.authenticate(), u.createCharacter(), u.getCharacter(), u.listMyCharacters(),
                u.listCivilizations(), u.actAsCharacter(), u.throttle(), u.checkReadiness(), u.joinChannel(),
                u.sendChatMessage(), history, u.catchUp(), u.replayChannel(), u.presence(), u.eventBus(),
                u.families(), u.grantRole(), u.revokeRole(), u.auditLog());
    }
}
