package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly the routes Javalin has registered, no more, no fewer. */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final WebFixture web = WebFixture.start();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void the_document_is_served_as_openapi_3_1() {
        HttpResponse<String> response = web.get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = WebFixture.json(response);
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/parameters/XCharacterId/in").asText()).isEqualTo("header");
    }

    @Test
    void every_registered_route_is_described_and_every_described_route_is_registered() {
        List<String> described = describedRoutes(WebFixture.json(web.get("/openapi.json")));

        assertThat(web.server.registeredRoutes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(described);
    }

    @Test
    void every_secured_route_answers_401_and_every_route_answers_problems() {
        JsonNode paths = WebFixture.json(web.get("/openapi.json")).get("paths");

        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            String name = operation.getKey() + " " + path.getKey();
            assertThat(responses.has("500")).as(name).isTrue();
            if (!operation.getValue().get("security").isEmpty()) {
                assertThat(responses.has("401")).as(name).isTrue();
            }
        }));
    }

    @Test
    void routes_acting_as_a_character_declare_the_header() {
        JsonNode operation = WebFixture.json(web.get("/openapi.json")).at("/paths/~1api~1v1~1me~1character/get");

        assertThat(operation.get("parameters")).extracting(p -> p.get("$ref").asText())
                .contains("#/components/parameters/XCharacterId");
        assertThat(operation.at("/responses/403/$ref").asText()).isEqualTo("#/components/responses/Forbidden");
    }

    private static List<String> describedRoutes(JsonNode document) {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return routes;
    }
}
