package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.adapters.web.ActingCharacter.Acting;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase.ReadAlignment;
import io.kinrealm.application.family.port.in.ReadLanguagesUseCase.ReadLanguages;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;

/**
 * Where a character stands: its divine alignment (any player may read it, the Divine Alignment Bars show it to all),
 * deeds recorded by operators (gameplay records them in the game; over REST only an operator may, else 403
 * {@code operators_only}), and its languages, which only the player acting as that character may read.
 */
final class StandingRoutes {
    private static final String CHARACTER = CharacterRoutes.CHARACTERS + "/{id}";

    private final WebFamilyUseCases useCases;
    private final Json json;
    private final Authentication authentication;
    private final ActingCharacter acting;

    StandingRoutes(WebFamilyUseCases useCases, Json json, Authentication authentication, ActingCharacter acting) {
        this.useCases = useCases;
        this.json = json;
        this.authentication = authentication;
        this.acting = acting;
    }

    List<Route> routes() {
        return List.of(
                Route.get(CHARACTER + "/alignment", authentication.require(this::alignment)),
                Route.post(CHARACTER + "/deeds", authentication.requireOperator(
                        "Deeds are recorded by gameplay; over the API only an operator may record one.",
                        this::recordDeed)),
                Route.get(CHARACTER + "/languages", acting.require(this::languages)));
    }

    private void alignment(Context ctx, Principal principal) {
        ReadAlignment query = new ReadAlignment(PathIds.character(ctx, "id"));
        json.respond(ctx, 200, Problems.valueOf(useCases.readAlignment().read(query)));
    }

    private void recordDeed(Context ctx, Principal principal) {
        CharacterId character = PathIds.character(ctx, "id");
        JsonBody body = JsonBody.read(ctx, json);
        RecordDeed command = new RecordDeed(character, body.requiredText("deed"));
        body.validate();
        json.respond(ctx, 200, Problems.valueOf(useCases.recordDeed().record(command)));
    }

    private void languages(Context ctx, Acting acting) {
        CharacterId character = PathIds.character(ctx, "id");
        if (!character.equals(acting.character())) {
            throw new ProblemException(Problems.of(Refusal.NOT_YOUR_CHARACTER,
                    "Only the character you act as may have its languages read.", List.of()));
        }
        json.respond(ctx, 200, Problems.valueOf(useCases.readLanguages().read(new ReadLanguages(character))));
    }
}
