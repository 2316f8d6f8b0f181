package io.kinrealm.adapters.web;

import io.javalin.http.Context;
import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.LogOutUseCase.LogOut;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.application.account.port.in.SessionTokens;
import java.util.List;

/** Accounts and logins: register, log in, refresh, log out, and read one's own account. */
final class AccountRoutes {
    private final WebUseCases useCases;
    private final Json json;
    private final Authentication authentication;

    AccountRoutes(WebUseCases useCases, Json json, Authentication authentication) {
        this.useCases = useCases;
        this.json = json;
        this.authentication = authentication;
    }

    List<Route> routes() {
        return List.of(
                Route.post(RouteTable.API + "/auth/register", this::register),
                Route.post(RouteTable.API + "/auth/login", this::logIn),
                Route.post(RouteTable.API + "/auth/refresh", this::refresh),
                Route.post(RouteTable.API + "/auth/logout", this::logOut),
                Route.get(RouteTable.API + "/me", authentication.require(this::me)));
    }

    private void register(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json);
        RegisterAccount command = new RegisterAccount(body.text("username"), body.text("password"));
        body.validate();
        AccountView account = Problems.valueOf(useCases.registerAccount().register(command));
        json.respond(ctx, 201, account);
    }

    private void logIn(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json);
        LogIn command = new LogIn(body.text("username"), body.text("password"));
        body.validate();
        SessionTokens tokens = Problems.valueOf(useCases.logIn().logIn(command));
        json.respond(ctx, 200, tokens);
    }

    private void refresh(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json);
        RefreshSession command = new RefreshSession(body.requiredText("refreshToken"));
        body.validate();
        SessionTokens tokens = Problems.valueOf(useCases.refreshSession().refresh(command));
        json.respond(ctx, 200, tokens);
    }

    private void logOut(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json);
        LogOut command = new LogOut(body.requiredText("refreshToken"));
        body.validate();
        useCases.logOut().logOut(command);
        ctx.status(204);
    }

    private void me(Context ctx, Principal principal) {
        json.respond(ctx, 200, Problems.valueOf(useCases.getMyAccount().getMyAccount(principal)));
    }
}
