package io.kinrealm.application.account;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.LogInUseCase;
import io.kinrealm.application.account.port.in.LogOutUseCase;
import io.kinrealm.application.account.port.in.PurgeExpiredSessionsUseCase;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.application.account.port.out.RefreshSecrets;
import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.RefreshTokens.Rotation;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.application.account.port.out.TokenIssuer;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.application.shared.port.out.IdSource;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Password;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Logins of players: logging in, refreshing with rotation and reuse detection, logging out, authenticating. */
public final class Sessions implements LogInUseCase, RefreshSessionUseCase, LogOutUseCase, AuthenticateUseCase,
        PurgeExpiredSessionsUseCase {
    private static final String DUMMY_PASSWORD = "kinrealm-no-such-account";

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final RefreshSecrets secrets;
    private final GameClock clock;
    private final IdSource ids;
    private final SessionPolicy policy;
    private final EventBus bus;
    private final ConfiguredRoles configuredRoles;
    /** Checked when the username is unknown, so that the answer takes as long as for a wrong password. */
    private final String dummyHash;

    public Sessions(Accounts accounts, RefreshTokens refreshTokens, PasswordHasher hasher, TokenIssuer tokens,
                    RefreshSecrets secrets, GameClock clock, IdSource ids, SessionPolicy policy, EventBus bus,
                    ConfiguredRoles configuredRoles) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.tokens = tokens;
        this.secrets = secrets;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.bus = bus;
        this.configuredRoles = configuredRoles;
        this.dummyHash = hasher.hash(new Password(DUMMY_PASSWORD));
    }

    @Override
    public int purge() {
        return refreshTokens.deleteExpired(clock.now());
    }

    @Override
    public Outcome<SessionTokens> logIn(LogIn command) {
        boolean wellFormed = Username.problem(command.username()).isEmpty()
                && Password.problem(command.password()).isEmpty();
        if (!wellFormed) {
            hasher.matches(new Password(DUMMY_PASSWORD), dummyHash);
            return invalidCredentials();
        }
        Password password = new Password(command.password());
        Optional<Account> account = accounts.findByUsername(new Username(command.username()));
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches) {
            return invalidCredentials();
        }
        Instant now = clock.now();
        LoginId login = new LoginId(ids.newId());
        String refresh = secrets.newSecret();
        refreshTokens.insert(new StoredRefreshToken(secrets.fingerprint(refresh), login, account.get().id(), now,
                now.plus(policy.refreshTokenLifetime())));
        return Outcome.done(pair(principalOf(account.get(), login), refresh, now));
    }

    @Override
    public Outcome<SessionTokens> refresh(RefreshSession command) {
        if (command.refreshToken() == null || command.refreshToken().isBlank()) {
            return invalidRefreshToken();
        }
        Instant now = clock.now();
        String successor = secrets.newSecret();
        Rotation rotation = refreshTokens.rotate(secrets.fingerprint(command.refreshToken()),
                secrets.fingerprint(successor), now.plus(policy.refreshTokenLifetime()), now);
        return switch (rotation) {
            case Rotation.Rotated rotated -> accounts.findById(rotated.accountId())
                    .<Outcome<SessionTokens>>map(account -> Outcome.done(
                            pair(principalOf(account, rotated.loginId()), successor, now)))
                    .orElseGet(Sessions::invalidRefreshToken);
            case Rotation.Reused reused -> reuse(reused);
            case Rotation.Invalid invalid -> invalidRefreshToken();
        };
    }

    private Outcome<SessionTokens> reuse(Rotation.Reused reused) {
        announceRevoked(reused.loginId());
        return Outcome.rejected(Refusal.REFRESH_TOKEN_REUSED,
                "This refresh token was already used; the login it belongs to has been ended. Log in again.");
    }

    @Override
    public void logOut(LogOut command) {
        if (command.refreshToken() != null && !command.refreshToken().isBlank()) {
            refreshTokens.revokeLogin(secrets.fingerprint(command.refreshToken()), clock.now())
                    .ifPresent(this::announceRevoked);
        }
    }

    @Override
    public Outcome<Principal> authenticateLive(String accessToken) {
        return authenticate(accessToken).flatMap(principal ->
                refreshTokens.isLoginActive(principal.loginId(), clock.now()) ? Outcome.done(principal)
                        : Outcome.rejected(Refusal.INVALID_ACCESS_TOKEN, "This login has ended. Log in again."));
    }

    /** Tells every node that a login ended, so that they close its live connections. */
    private void announceRevoked(LoginId login) {
        bus.publish(new ChannelEvent(EventNames.LOGINS_CHANNEL, EventNames.LOGIN_REVOKED, 0,
                Map.of("loginId", login.toString())));
    }

    @Override
    public Outcome<Principal> authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Outcome.rejected(Refusal.INVALID_ACCESS_TOKEN, "An access token is required.");
        }
        return tokens.verifyAccessToken(accessToken, clock.now());
    }

    private SessionTokens pair(Principal principal, String refreshToken, Instant now) {
        Instant expiresAt = now.plus(policy.accessTokenLifetime());
        String access = tokens.issueAccessToken(principal, now, expiresAt);
        return new SessionTokens(access, refreshToken, policy.accessTokenLifetime().toSeconds());
    }

    /** The account's stored roles together with those configuration gives its username. */
    private Principal principalOf(Account account, LoginId login) {
        Set<Role> roles = EnumSet.copyOf(account.roles());
        roles.addAll(configuredRoles.of(account.username()));
        return new Principal(account.id(), account.username().value(), roles, login);
    }

    private static Outcome<SessionTokens> invalidCredentials() {
        return Outcome.rejected(Refusal.INVALID_CREDENTIALS, "Unknown username or wrong password.");
    }

    private static Outcome<SessionTokens> invalidRefreshToken() {
        return Outcome.rejected(Refusal.INVALID_REFRESH_TOKEN, "This refresh token is unknown, expired or revoked.");
    }
}
