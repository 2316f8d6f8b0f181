package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.shared.Outcome;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the connections of logins that ended anywhere in the cluster: the core announces a logout (or a login revoked
 * for a replayed refresh token) on the internal logins channel, and every node closes that login's sockets with
 * 4401. When the bus may have lost such an announcement, every connection's token is checked again.
 */
final class LoginWatch implements EventBus.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(LoginWatch.class);

    private final Collection<Connection> connections;
    private final AuthenticateUseCase authenticate;
    private final Executor threads;

    LoginWatch(Collection<Connection> connections, AuthenticateUseCase authenticate, Executor threads) {
        this.connections = connections;
        this.authenticate = authenticate;
        this.threads = threads;
    }

    @Override
    public void onEvent(ChannelEvent event) {
        if (!EventNames.LOGIN_REVOKED.equals(event.name())) {
            return;
        }
        String login = String.valueOf(event.data().get("loginId"));
        connections.forEach(connection -> connection.identity()
                .filter(identity -> identity.loginId().equals(login))
                .ifPresent(identity -> connection.close(CloseCodes.UNAUTHENTICATED, "Logged out.")));
    }

    @Override
    public void onPossibleLoss(String channel) {
        try {
            threads.execute(this::checkEveryToken);
        } catch (RejectedExecutionException e) {
            LOG.debug("The node is stopping; logins are not checked again");
        }
    }

    private void checkEveryToken() {
        connections.forEach(connection -> connection.identity().ifPresent(identity -> {
            try {
                if (authenticate.authenticateLive(identity.token()) instanceof Outcome.Rejected<?>) {
                    connection.close(CloseCodes.UNAUTHENTICATED, "Logged out.");
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot check the login of connection {}: {}", connection.id(), e.getMessage());
            }
        }));
    }
}
