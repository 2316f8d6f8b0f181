package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.account.Role;
import java.util.List;

/**
 * What operators do over the API: grant a role (moderator or operator) to an account by username. Only a caller
 * whose token carries the operator role may (else 403 {@code operators_only}); every grant is audited by the core.
 */
final class AdminRoutes {
    private final GrantRoleUseCase grantRole;
    private final Json json;
    private final Authentication authentication;

    AdminRoutes(GrantRoleUseCase grantRole, Json json, Authentication authentication) {
        this.grantRole = grantRole;
        this.json = json;
        this.authentication = authentication;
    }

    List<Route> routes() {
        return List.of(Route.post(RouteTable.API + "/admin/roles", authentication.require(this::grant)));
    }

    private void grant(Context ctx, Principal principal) {
        if (!principal.roles().contains(Role.OPERATOR)) {
            throw new ProblemException(Problem.of(403, "operators_only", "Only an operator may grant roles."));
        }
        JsonBody body = JsonBody.read(ctx, json);
        GrantRole command = new GrantRole(principal, body.text("username"), body.text("role"));
        body.validate();
        Problems.valueOf(grantRole.grant(command));
        ctx.status(204);
    }
}
