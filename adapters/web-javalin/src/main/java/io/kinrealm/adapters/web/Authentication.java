package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;
import java.util.Locale;

/**
 * Who sent a request, decided in one place: {@code Authorization: Bearer <access token>} checked by the core. A
 * missing or invalid token ends the request with 401 and a {@code WWW-Authenticate: Bearer} challenge.
 */
final class Authentication {
    static final String CHALLENGE = "Bearer realm=\"kinrealm\"";
    static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";
    private static final String SCHEME = "bearer ";

    /** A route handler that needs to know who is calling. */
    @FunctionalInterface
    interface AuthenticatedHandler {
        void handle(Context ctx, Principal principal) throws Exception;
    }

    private final AuthenticateUseCase authenticate;

    Authentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** A handler that runs only for an authenticated caller. */
    Handler require(AuthenticatedHandler handler) {
        return ctx -> handler.handle(ctx, principal(ctx));
    }

    /**
     * A handler that runs only for an authenticated operator; anyone else is refused with 403 {@code operators_only}
     * before the request body is read.
     */
    Handler requireOperator(String refusal, AuthenticatedHandler handler) {
        return require((ctx, principal) -> {
            if (!principal.roles().contains(Role.OPERATOR)) {
                throw new ProblemException(Problem.of(403, Refusal.OPERATORS_ONLY.code(), refusal));
            }
            handler.handle(ctx, principal);
        });
    }

    Principal principal(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new ProblemException(Problems.of(Refusal.INVALID_ACCESS_TOKEN,
                    "Send an access token as 'Authorization: Bearer <token>'.", List.of()));
        }
        String token = authorization.substring(SCHEME.length()).trim();
        return switch (authenticate.authenticate(token)) {
            case Outcome.Done<Principal> done -> done.value();
            case Outcome.Rejected<Principal> refused -> throw new ProblemException(
                    Problems.of(refused.reason(), refused.detail(), refused.fields())
                            .withHeader("WWW-Authenticate", INVALID_TOKEN_CHALLENGE));
        };
    }
}
