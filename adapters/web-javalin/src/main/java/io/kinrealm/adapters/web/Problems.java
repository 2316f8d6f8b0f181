package io.kinrealm.adapters.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error mapper of the REST adapter: refusals of the core, problems raised by the request plumbing, Javalin's
 * own 404/405/413 and every exception become {@code application/problem+json}. Unexpected failures are logged with
 * the request id and answered without their message or stack trace.
 */
final class Problems {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final Json json;

    Problems(Json json) {
        this.json = json;
    }

    /** The problem a refusal of the core becomes. Exhaustive: a new refusal does not compile until it is mapped. */
    static Problem of(Refusal reason, String detail, List<FieldProblem> fields) {
        int status = switch (reason) {
            case VALIDATION_FAILED, UNKNOWN_DEED, CANNOT_BE_OWN_KIN -> 400;
            case USERNAME_TAKEN, CHARACTER_NAME_TAKEN, CHARACTER_LIMIT_REACHED, KIN_LIMIT_REACHED, ALREADY_KIN -> 409;
            case CANNOT_REVOKE_OWN_OPERATOR_ROLE -> 409;
            case INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED, INVALID_ACCESS_TOKEN -> 401;
            // not_your_family is 404: unknown families and other players' families must answer alike.
            case ACCOUNT_NOT_FOUND, CHARACTER_NOT_FOUND, NOT_KIN, NOT_YOUR_FAMILY, ROLE_NOT_HELD -> 404;
            case NOT_YOUR_CHARACTER, CHANNEL_FORBIDDEN, NOT_INVITED_AS_KIN, OPERATORS_ONLY -> 403;
            case RATE_LIMITED -> 429;
        };
        Problem problem = new Problem(status, reason.code(), detail, fields, Map.of());
        return status == 401 ? problem.withHeader("WWW-Authenticate", Authentication.CHALLENGE) : problem;
    }

    /** The value of a done outcome; a refused one ends the request with its problem. */
    static <T> T valueOf(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Rejected<T> rejected ->
                    throw new ProblemException(of(rejected.reason(), rejected.detail(), rejected.fields()));
        };
    }

    static Problem payloadTooLarge() {
        return Problem.of(413, "payload_too_large", "The request body is too large.");
    }

    /** Installs this mapper for every exception Javalin sees, including errors and its own 404/405/413. */
    void install(JavalinConfig cfg) {
        cfg.routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        cfg.routes.exception(InfrastructureException.class, this::unavailable);
        cfg.routes.exception(Exception.class, this::unexpected);
        cfg.router.javaLangErrorHandler(this::fatal);
    }

    void write(Context ctx, Problem problem) {
        write(ctx, problem, Map.of());
    }

    /** Writes a problem with extension members (e.g. the dependencies of a readiness answer). */
    void write(Context ctx, Problem problem, Map<String, ?> extensions) {
        problem.headers().forEach(ctx::header);
        byte[] body = json.bytes(body(problem, RequestIds.of(ctx), extensions));
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(body);
    }

    /** The problem+json members in their documented order. */
    static Map<String, Object> body(Problem problem, String requestId, Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("code", problem.code());
        if (!problem.fields().isEmpty()) {
            body.put("fields", problem.fields());
        }
        body.putAll(extensions);
        body.put("requestId", requestId);
        return body;
    }

    private static Problem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 400 -> Problem.of(400, "validation_failed", "The request is malformed.");
            case 404 -> Problem.of(404, "not_found", "No route matches this method and path.");
            case 405 -> allowing(Problem.of(405, "method_not_allowed", "This path does not accept that method."), e);
            case 413 -> payloadTooLarge();
            default -> e.getStatus() >= 500
                    ? Problem.of(500, "internal_error", "Something went wrong on our side.")
                    : Problem.of(e.getStatus(), "bad_request", "The request cannot be served.");
        };
    }

    private static Problem allowing(Problem problem, HttpResponseException e) {
        String methods = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
        return methods == null ? problem : problem.withHeader("Allow", methods);
    }

    private void unavailable(InfrastructureException e, Context ctx) {
        LOG.warn("Dependency {} failed during {} {} [request {}]", e.dependency(), ctx.method(), ctx.path(),
                RequestIds.of(ctx), e);
        write(ctx, Problem.of(503, "service_unavailable", e.dependency() + " is unavailable; try again shortly."));
    }

    private void unexpected(Exception e, Context ctx) {
        LOG.error("Unexpected failure during {} {} [request {}]", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
        write(ctx, internalError());
    }

    private void fatal(HttpServletResponse res, Error error) {
        String requestId = res.getHeader(RequestIds.HEADER);
        LOG.error("Fatal error while serving a request [request {}]", requestId, error);
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType(PROBLEM_JSON);
            res.getOutputStream().write(json.bytes(body(internalError(), requestId, Map.of())));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not write the problem for a fatal error [request {}]", requestId, e);
        }
    }

    private static Problem internalError() {
        return Problem.of(500, "internal_error",
                "Something went wrong on our side. Quote the request id if you report it.");
    }
}
