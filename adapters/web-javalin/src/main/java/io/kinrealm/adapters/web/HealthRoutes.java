package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase.DependencyStatus;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase.Readiness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probes for operators and orchestrators: liveness (the process answers) and readiness (every dependency answers; 503
 * naming the failing ones otherwise). Never rate limited.
 */
final class HealthRoutes {
    private final CheckReadinessUseCase readiness;
    private final Json json;
    private final Problems problems;

    HealthRoutes(CheckReadinessUseCase readiness, Json json, Problems problems) {
        this.readiness = readiness;
        this.json = json;
        this.problems = problems;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/health/live", ctx -> json.respond(ctx, 200, Map.of("status", "up"))),
                Route.get("/health/ready", this::ready));
    }

    private void ready(Context ctx) {
        Readiness answer = readiness.check();
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (DependencyStatus dependency : answer.dependencies()) {
            dependencies.put(dependency.name(), dependency.up() ? "up" : "down");
        }
        if (answer.ready()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ready");
            body.put("dependencies", dependencies);
            json.respond(ctx, 200, body);
            return;
        }
        List<String> failing = answer.failing();
        String detail = String.join(", ", failing) + (failing.size() == 1 ? " is down" : " are down");
        problems.write(ctx, Problem.of(503, "service_unavailable", detail), Map.of("dependencies", dependencies));
    }
}
