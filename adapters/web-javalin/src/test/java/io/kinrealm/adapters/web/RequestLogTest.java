package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.kinrealm.adapters.web.Players.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One line per request with what operators need, and nothing secret in any log line. */
class RequestLogTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final WebFixture web = WebFixture.start();

    RequestLogTest() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        web.close();
        root.detachAppender(logs);
    }

    @Test
    void each_request_is_logged_once_with_method_route_status_duration_and_request_id() {
        Session session = Players.newPlayer(web, "Aria");

        HttpResponse<String> response = web.get("/api/v1/characters/" + UUID.randomUUID(), session.bearer());

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<String> lines = awaitLinesMentioning(requestId);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("GET /api/v1/characters/\\{id} 404 \\d+ms request=" + requestId);
    }

    @Test
    void an_unknown_route_is_logged_without_its_path() {
        HttpResponse<String> response = web.get("/api/v1/secret-probe");

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(awaitLinesMentioning(requestId)).singleElement().satisfies(
                line -> assertThat(line).startsWith("GET NOT_FOUND 404").doesNotContain("secret-probe"));
    }

    @Test
    void no_password_or_token_reaches_the_logs() {
        Session session = Players.newPlayer(web, "Aria");
        web.get("/api/v1/me", session.bearer());
        HttpResponse<String> refreshed = web.postJson("/api/v1/auth/refresh",
                Map.of("refreshToken", session.refreshToken()));
        String lastId = web.get("/api/v1/me", "Authorization", "Bearer garbage-token")
                .headers().firstValue("X-Request-Id").orElseThrow();
        awaitLinesMentioning(lastId);

        List<ILoggingEvent> events;
        synchronized (logs) {
            events = List.copyOf(logs.list);
        }
        String everything = String.join("\n", events.stream().map(RequestLogTest::fullText).toList());
        assertThat(everything).contains("POST /api/v1/auth/login 200", "POST /api/v1/auth/refresh 200");
        assertThat(everything).doesNotContain(Players.PASSWORD, session.accessToken(), session.refreshToken(),
                Players.sessionOf(refreshed).refreshToken(), "garbage-token", "Bearer");
    }

    private List<String> awaitLinesMentioning(String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<String> lines = linesMentioning(requestId);
        while (lines.isEmpty() && Instant.now().isBefore(deadline)) {
            pause();
            lines = linesMentioning(requestId);
        }
        return lines;
    }

    /** The log line is written just after the answer is sent, so the test may read the answer first. */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> linesMentioning(String requestId) {
        List<ILoggingEvent> events;
        synchronized (logs) { // the appender appends under its own lock
            events = List.copyOf(logs.list);
        }
        return events.stream()
                .filter(event -> event.getLoggerName().equals(RequestLog.class.getName()))
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(requestId))
                .toList();
    }

    private static String fullText(ILoggingEvent event) {
        return event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
}
