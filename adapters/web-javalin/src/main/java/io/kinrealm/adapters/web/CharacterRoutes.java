package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.adapters.web.ActingCharacter.Acting;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import java.util.List;

/** Characters and civilizations: create, read, list one's own, the one acted as, and the civilizations. */
final class CharacterRoutes {
    static final String CHARACTERS = RouteTable.API + "/characters";

    private final WebUseCases useCases;
    private final Json json;
    private final Authentication authentication;
    private final ActingCharacter acting;

    CharacterRoutes(WebUseCases useCases, Json json, Authentication authentication, ActingCharacter acting) {
        this.useCases = useCases;
        this.json = json;
        this.authentication = authentication;
        this.acting = acting;
    }

    List<Route> routes() {
        return List.of(
                Route.post(CHARACTERS, authentication.require(this::create)),
                Route.get(CHARACTERS, authentication.require(this::listMine)),
                Route.get(CHARACTERS + "/{id}", authentication.require(this::get)),
                Route.get(RouteTable.API + "/me/character", acting.require(this::actingAs)),
                Route.get(RouteTable.API + "/civilizations", this::civilizations));
    }

    private void create(Context ctx, Principal principal) {
        JsonBody body = JsonBody.read(ctx, json);
        CreateCharacter command = new CreateCharacter(principal.accountId(), body.text("name"),
                body.text("civilization"));
        body.validate();
        CreatedCharacter created = Problems.valueOf(useCases.createCharacter().create(command));
        ctx.header("Location", CHARACTERS + "/" + created.character().id());
        json.respond(ctx, 201, created);
    }

    private void listMine(Context ctx, Principal principal) {
        json.respond(ctx, 200, useCases.listMyCharacters().listMine(principal.accountId()));
    }

    private void get(Context ctx, Principal principal) {
        json.respond(ctx, 200, Problems.valueOf(useCases.getCharacter().get(PathIds.character(ctx, "id"))));
    }

    private void actingAs(Context ctx, Acting acting) {
        json.respond(ctx, 200, Problems.valueOf(useCases.getCharacter().get(acting.character())));
    }

    private void civilizations(Context ctx) {
        json.respond(ctx, 200, useCases.listCivilizations().listCivilizations());
    }
}
