package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.shared.Outcome;
import java.util.Collection;

/**
 * Ends the connections of logins that ended anywhere in the cluster: the core announces a logout (or a login revoked
 * for a replayed refresh token) on the internal logins channel, and every node closes that login's sockets with
 * 4401. When the bus may have lost such an announcement, every connection's token is checked again.
 */
final class LoginWatch implements EventBus.Listener {
    private final Collection<Connection> open;
    private final LocalConnections connections;
    private final AuthenticateUseCase authenticate;

    LoginWatch(Collection<Connection> open, LocalConnections connections, AuthenticateUseCase authenticate) {
        this.open = open;
        this.connections = connections;
        this.authenticate = authenticate;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (!EventNames.LOGIN_REVOKED.equals(event.name())) {
            return;
        }
        String login = String.valueOf(event.data().get("loginId"));
        open.forEach(connection -> connection.identity()
                .filter(identity -> identity.loginId().equals(login))
                .ifPresent(identity -> connection.close(CloseCodes.UNAUTHENTICATED, "Logged out.")));
    }

    @Override
    public void onPossibleLoss(String channel) {
        connections.later("check the login", LocalConnections.all(), (connection, identity) -> {
            if (authenticate.authenticateLive(identity.token()) instanceof Outcome.Rejected<?>) {
                connection.close(CloseCodes.UNAUTHENTICATED, "Logged out.");
            }
        });
    }
}
