package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;

/** Ids read from the path of a request: a malformed one ends it with 400 validation_failed naming the parameter. */
final class PathIds {
    private PathIds() {
    }

    static CharacterId character(Context ctx, String param) {
        return CharacterId.parse(ctx.pathParam(param)).orElseThrow(() -> new ProblemException(
                Problem.invalidField(param, "malformed", "A character id is a UUID.")));
    }

    static FamilyId family(Context ctx, String param) {
        return FamilyId.parse(ctx.pathParam(param)).orElseThrow(() -> new ProblemException(
                Problem.invalidField(param, "malformed", "A family id is a UUID.")));
    }
}
