package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every response carries whatever its route: security headers, the request id, CORS only when allowed. */
class EdgeHeadersTest {
    private static final Map<String, String> HELMET = Map.ofEntries(
            Map.entry("Content-Security-Policy", "default-src 'self';base-uri 'self';font-src 'self' https: data:;"
                    + "form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';"
                    + "script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';"
                    + "upgrade-insecure-requests"),
            Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
            Map.entry("Cross-Origin-Resource-Policy", "same-origin"),
            Map.entry("Origin-Agent-Cluster", "?1"),
            Map.entry("Referrer-Policy", "no-referrer"),
            Map.entry("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-DNS-Prefetch-Control", "off"),
            Map.entry("X-Download-Options", "noopen"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("X-Permitted-Cross-Domain-Policies", "none"),
            Map.entry("X-XSS-Protection", "0"));
    private static final String GAME = "https://play.kinrealm.io";

    @Test
    void security_headers_are_on_a_success_a_not_found_and_an_internal_error() {
        WebFixture.Options failing = WebFixture.Options.defaults()
                .withUseCases(WebFixture.civilizations(() -> {
                    throw new IllegalStateException("boom");
                }));
        try (WebFixture web = WebFixture.start(failing)) {
            assertSecured(web.get("/health/live"), 200);
            assertSecured(web.get("/no/such/route"), 404);
            assertSecured(web.get("/api/v1/civilizations"), 500);
            assertSecured(web.get("/api/v1/me"), 401);
        }
    }

    @Test
    void no_server_software_is_advertised() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> response = web.get("/health/live");

            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void a_well_formed_request_id_is_echoed_and_others_are_replaced() {
        try (WebFixture web = WebFixture.start()) {
            HttpResponse<String> echoed = web.get("/api/v1/dragons", "X-Request-Id", "trace-42.a_b");
            HttpResponse<String> replaced = web.get("/health/live", "X-Request-Id", "no spaces or <tags>");
            HttpResponse<String> tooLong = web.get("/health/live", "X-Request-Id", "x".repeat(65));
            HttpResponse<String> generated = web.get("/health/live");

            assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("trace-42.a_b");
            assertThat(WebFixture.json(echoed).get("requestId").asText()).isEqualTo("trace-42.a_b");
            assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).matches("[A-Za-z0-9._-]{1,64}").isNotEqualTo("no spaces or <tags>"));
            assertThat(tooLong.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).hasSizeLessThanOrEqualTo(64));
            assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).isNotBlank());
        }
    }

    @Test
    void an_allowed_origin_is_echoed_and_may_read_the_answer() {
        try (WebFixture web = WebFixture.start(WebFixture.Options.defaults().withCorsOrigins(List.of(GAME)))) {
            HttpResponse<String> response = web.get("/api/v1/civilizations", "Origin", GAME);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(GAME);
            assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void another_origin_gets_no_cors_header_at_all() {
        try (WebFixture web = WebFixture.start(WebFixture.Options.defaults().withCorsOrigins(List.of(GAME)))) {
            HttpResponse<String> response = web.get("/api/v1/civilizations", "Origin", "https://evil.example");
            HttpResponse<String> preflight = preflight(web, "https://evil.example");

            assertThat(corsHeaders(response)).isEmpty();
            assertThat(corsHeaders(preflight)).isEmpty();
        }
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_with_what_it_may_send() {
        try (WebFixture web = WebFixture.start(WebFixture.Options.defaults().withCorsOrigins(List.of(GAME)))) {
            HttpResponse<String> response = preflight(web, GAME);

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(GAME);
            assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                    methods -> assertThat(methods).contains("POST", "GET"));
            assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                    headers -> assertThat(headers).contains("Authorization", "Content-Type", "X-Character-Id",
                            "X-Request-Id"));
            assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void by_default_no_origin_is_allowed() {
        try (WebFixture web = WebFixture.start()) {
            assertThat(corsHeaders(web.get("/api/v1/civilizations", "Origin", GAME))).isEmpty();
        }
    }

    private static HttpResponse<String> preflight(WebFixture web, String origin) {
        HttpRequest request = web.request("/api/v1/characters", "Origin", origin,
                        "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        return web.send(request);
    }

    private static List<String> corsHeaders(HttpResponse<String> response) {
        return response.headers().map().keySet().stream()
                .filter(name -> name.toLowerCase().startsWith("access-control-")).toList();
    }

    private static void assertSecured(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        HELMET.forEach((name, value) -> assertThat(response.headers().firstValue(name)).as(name).hasValue(value));
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }
}
