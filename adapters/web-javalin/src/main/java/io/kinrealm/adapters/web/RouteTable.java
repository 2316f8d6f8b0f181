package io.kinrealm.adapters.web;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Every HTTP route of the server, gathered from the route classes and registered with Javalin here and nowhere else.
 * {@code openapi.json} describes exactly these (a test holds the two together).
 */
final class RouteTable {
    static final String API = "/api/v1";

    private RouteTable() {
    }

    static List<Route> all(WebUseCases useCases, Json json, Problems problems, Metrics metrics, OpenApi openApi) {
        Authentication authentication = new Authentication(useCases.authenticate());
        ActingCharacter acting = new ActingCharacter(authentication, useCases.actAsCharacter());
        List<Route> routes = new ArrayList<>();
        routes.addAll(new AccountRoutes(useCases, json, authentication).routes());
        routes.addAll(new AdminRoutes(useCases, json, authentication).routes());
        routes.addAll(new CharacterRoutes(useCases, json, authentication, acting).routes());
        routes.addAll(new FamilyRoutes(useCases.families(), json, acting).routes());
        routes.addAll(new StandingRoutes(useCases.families(), json, authentication, acting).routes());
        routes.addAll(new HealthRoutes(useCases.checkReadiness(), json, problems).routes());
        routes.add(metrics.route());
        routes.add(openApi.route());
        return List.copyOf(routes);
    }

    static void register(JavalinConfig cfg, List<Route> routes) {
        routes.forEach(route -> cfg.routes.addHttpHandler(route.method(), route.path(), route.handler()));
    }
}
