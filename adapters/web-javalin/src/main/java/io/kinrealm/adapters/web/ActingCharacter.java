package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;

/**
 * The character a request acts as, decided in one place: routes that act in the world name their character in the
 * {@value #HEADER} header, and it must be one of the caller's own. Missing or malformed is 400; a character of
 * another account (or none) is 403 not_your_character.
 */
final class ActingCharacter {
    static final String HEADER = "X-Character-Id";

    /** Who is calling, and as which of their characters. */
    record Acting(Principal principal, CharacterId character) {
    }

    /** A route handler that acts as one of the caller's characters. */
    @FunctionalInterface
    interface ActingHandler {
        void handle(Context ctx, Acting acting) throws Exception;
    }

    private final Authentication authentication;
    private final ActAsCharacterUseCase actAs;

    ActingCharacter(Authentication authentication, ActAsCharacterUseCase actAs) {
        this.authentication = authentication;
        this.actAs = actAs;
    }

    /** A handler that runs only for an authenticated caller acting as one of their own characters. */
    Handler require(ActingHandler handler) {
        return authentication.require((ctx, principal) -> handler.handle(ctx, resolve(ctx, principal)));
    }

    private Acting resolve(Context ctx, Principal principal) {
        String header = ctx.header(HEADER);
        if (header == null || header.isBlank()) {
            throw new ProblemException(Problem.invalidField(HEADER, "required",
                    "Name the character you act as in the " + HEADER + " header."));
        }
        Optional<CharacterId> named = CharacterId.parse(header.trim());
        if (named.isEmpty()) {
            throw new ProblemException(Problem.invalidField(HEADER, "malformed",
                    HEADER + " must be a character id (a UUID)."));
        }
        return new Acting(principal, Problems.valueOf(actAs.actAs(principal.accountId(), named.get())));
    }
}
