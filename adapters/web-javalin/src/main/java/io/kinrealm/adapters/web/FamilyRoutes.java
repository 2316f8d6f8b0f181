package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.adapters.web.ActingCharacter.Acting;
import io.kinrealm.application.family.port.in.AcceptKinUseCase.AcceptKin;
import io.kinrealm.application.family.port.in.GiveGiftUseCase.GiveGift;
import io.kinrealm.application.family.port.in.GrantKinUseCase.GrantKin;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase.OrderCompanion;
import io.kinrealm.application.family.port.in.ReadFamilyPositionsUseCase.ReadFamilyPositions;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase.ReadFamily;
import io.kinrealm.application.family.port.in.RevokeKinUseCase.RevokeKin;
import io.kinrealm.domain.shared.CharacterId;
import java.util.List;

/**
 * Families, acting as a character: read one or where its circle stands (its owner or an accepted kin), give a
 * gift, grant, accept and revoke kin access, order a companion. A family that does not exist and one the caller may not see both answer 404
 * {@code not_your_family}, so nobody learns whether a family exists.
 */
final class FamilyRoutes {
    static final String FAMILY = RouteTable.API + "/families/{id}";

    private final WebFamilyUseCases useCases;
    private final Json json;
    private final ActingCharacter acting;

    FamilyRoutes(WebFamilyUseCases useCases, Json json, ActingCharacter acting) {
        this.useCases = useCases;
        this.json = json;
        this.acting = acting;
    }

    List<Route> routes() {
        return List.of(
                Route.get(FAMILY, acting.require(this::read)),
                Route.get(FAMILY + "/positions", acting.require(this::positions)),
                Route.post(FAMILY + "/gifts", acting.require(this::give)),
                Route.post(FAMILY + "/kin", acting.require(this::grant)),
                Route.post(FAMILY + "/kin/accept", acting.require(this::accept)),
                Route.delete(FAMILY + "/kin/{characterId}", acting.require(this::revoke)),
                Route.post(FAMILY + "/companions/{companion}/orders", acting.require(this::order)));
    }

    private void read(Context ctx, Acting acting) {
        ReadFamily query = new ReadFamily(acting.character(), PathIds.family(ctx, "id"));
        json.respond(ctx, 200, Problems.valueOf(useCases.readFamily().read(query)));
    }

    private void positions(Context ctx, Acting acting) {
        ReadFamilyPositions query = new ReadFamilyPositions(acting.character(), PathIds.family(ctx, "id"));
        json.respond(ctx, 200, Problems.valueOf(useCases.readFamilyPositions().positions(query)).asData());
    }

    private void give(Context ctx, Acting acting) {
        JsonBody body = JsonBody.read(ctx, json);
        GiveGift command = new GiveGift(acting.character(), PathIds.family(ctx, "id"), body.requiredText("companion"));
        body.validate();
        json.respond(ctx, 200, Problems.valueOf(useCases.giveGift().give(command)));
    }

    private void grant(Context ctx, Acting acting) {
        JsonBody body = JsonBody.read(ctx, json);
        String kin = body.requiredText("characterId");
        body.validate();
        CharacterId kinId = CharacterId.parse(kin).orElseThrow(() -> new ProblemException(
                Problem.invalidField("characterId", "malformed", "A character id is a UUID.")));
        GrantKin command = new GrantKin(acting.character(), PathIds.family(ctx, "id"), kinId);
        json.respond(ctx, 201, Problems.valueOf(useCases.grantKin().grant(command)));
    }

    private void accept(Context ctx, Acting acting) {
        AcceptKin command = new AcceptKin(acting.character(), PathIds.family(ctx, "id"));
        json.respond(ctx, 200, Problems.valueOf(useCases.acceptKin().accept(command)));
    }

    private void revoke(Context ctx, Acting acting) {
        RevokeKin command = new RevokeKin(acting.character(), PathIds.family(ctx, "id"),
                PathIds.character(ctx, "characterId"));
        Problems.valueOf(useCases.revokeKin().revoke(command));
        ctx.status(204);
    }

    private void order(Context ctx, Acting acting) {
        JsonBody body = JsonBody.read(ctx, json);
        String order = body.requiredText("order");
        body.validate();
        OrderCompanion command = new OrderCompanion(acting.character(), PathIds.family(ctx, "id"),
                ctx.pathParam("companion"), order);
        json.respond(ctx, 200, Problems.valueOf(useCases.orderCompanion().order(command)));
    }
}
