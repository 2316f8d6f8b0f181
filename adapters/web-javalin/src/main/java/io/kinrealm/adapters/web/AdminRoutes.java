package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase.RevokeRole;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.ReadAuditLog;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase.TriggerIntervention;
import java.util.List;

/**
 * What operators do over the API: grant a role (moderator or operator) to an account by username, revoke a granted
 * one, read the audit log back, and call on a faction's god to intervene in the world. Only a caller whose token carries the operator role may (else 403
 * {@code operators_only}); every grant and revocation is audited by the core.
 */
final class AdminRoutes {
    private static final String ROLES = RouteTable.API + "/admin/roles";

    private final WebUseCases useCases;
    private final Json json;
    private final Authentication authentication;

    AdminRoutes(WebUseCases useCases, Json json, Authentication authentication) {
        this.useCases = useCases;
        this.json = json;
        this.authentication = authentication;
    }

    List<Route> routes() {
        return List.of(
                Route.post(ROLES, authentication.requireOperator("Only an operator may grant roles.", this::grant)),
                Route.delete(ROLES + "/{username}/{role}",
                        authentication.requireOperator("Only an operator may revoke roles.", this::revoke)),
                Route.get(RouteTable.API + "/admin/audit",
                        authentication.requireOperator("Only an operator may read the audit log.", this::audit)),
                Route.post(RouteTable.API + "/admin/interventions",
                        authentication.requireOperator("Only an operator may call on the gods.", this::intervene)));
    }

    private void grant(Context ctx, Principal principal) {
        JsonBody body = JsonBody.read(ctx, json);
        GrantRole command = new GrantRole(principal, body.text("username"), body.text("role"));
        body.validate();
        Problems.valueOf(useCases.grantRole().grant(command));
        ctx.status(204);
    }

    private void revoke(Context ctx, Principal principal) {
        RevokeRole command = new RevokeRole(principal, ctx.pathParam("username"), ctx.pathParam("role"));
        Problems.valueOf(useCases.revokeRole().revoke(command));
        ctx.status(204);
    }

    private void intervene(Context ctx, Principal principal) {
        JsonBody body = JsonBody.read(ctx, json);
        TriggerIntervention command = new TriggerIntervention(principal, body.requiredText("faction"),
                body.text("region"));
        body.validate();
        json.respond(ctx, 201, Problems.valueOf(useCases.families().triggerIntervention().trigger(command)));
    }

    private void audit(Context ctx, Principal principal) {
        ReadAuditLog query = new ReadAuditLog(principal, limit(ctx));
        json.respond(ctx, 200, Problems.valueOf(useCases.auditLog().read(query)));
    }

    /** The {@code limit} query parameter: absent is the default, anything but a whole number is 400. */
    private static int limit(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit == null) {
            return ReadAuditLogUseCase.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.invalidField("limit", "malformed",
                    "A limit is a whole number from 1 to " + ReadAuditLogUseCase.MAX_LIMIT + "."));
        }
    }
}
