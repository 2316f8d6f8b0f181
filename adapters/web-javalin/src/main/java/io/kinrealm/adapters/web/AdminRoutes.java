package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
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
        return List.of(Route.post(RouteTable.API + "/admin/roles", authentication.requireOperator(
                "Only an operator may grant roles.", this::grant)));
    }

    private void grant(Context ctx, Principal principal) {
        JsonBody body = JsonBody.read(ctx, json);
        GrantRole command = new GrantRole(principal, body.text("username"), body.text("role"));
        body.validate();
        Problems.valueOf(grantRole.grant(command));
        ctx.status(204);
    }
}
