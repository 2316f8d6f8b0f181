package io.kinrealm.application;

import io.kinrealm.application.account.AccountRegistration;
import io.kinrealm.application.account.SessionPolicy;
import io.kinrealm.application.account.Sessions;
import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.GetMyAccountUseCase;
import io.kinrealm.application.account.port.in.LogInUseCase;
import io.kinrealm.application.account.port.in.LogOutUseCase;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase;
import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.application.account.port.out.RefreshSecrets;
import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.TokenIssuer;
import io.kinrealm.application.character.CharacterService;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.character.port.in.ListCivilizationsUseCase;
import io.kinrealm.application.character.port.in.ListMyCharactersUseCase;
import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.health.ReadinessCheck;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase;
import io.kinrealm.application.health.port.out.DependencyProbe;
import io.kinrealm.application.ratelimit.RequestThrottle;
import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.application.shared.port.out.IdSource;
import io.kinrealm.domain.rules.RuleBook;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every use case of Kinrealm, assembled from the out ports a server provides. A server (ours in bootstrap, or a
 * studio's own) builds one of these and hands its use cases to its drivers.
 */
public final class KinrealmCore {
    private final AccountRegistration registration;
    private final Sessions sessions;
    private final CharacterService characters;
    private final RequestThrottle throttle;
    private final ReadinessCheck readiness;

    private KinrealmCore(Ports ports, Settings settings) {
        this.registration = new AccountRegistration(ports.accounts(), ports.passwordHasher(), ports.clock(),
                ports.ids());
        this.sessions = new Sessions(ports.accounts(), ports.refreshTokens(), ports.passwordHasher(),
                ports.tokenIssuer(), ports.refreshSecrets(), ports.clock(), ports.ids(), settings.sessions());
        this.characters = new CharacterService(ports.characters(), settings.rules(), ports.clock(), ports.ids());
        this.throttle = new RequestThrottle(ports.rateLimiter(), ports.clock(), settings.rateLimits());
        this.readiness = new ReadinessCheck(ports.probes());
    }

    public static KinrealmCore assemble(Ports ports, Settings settings) {
        return new KinrealmCore(ports, settings);
    }

    /** What the core needs from the world. */
    public record Ports(Accounts accounts, RefreshTokens refreshTokens, Characters characters,
                       PasswordHasher passwordHasher, TokenIssuer tokenIssuer, RefreshSecrets refreshSecrets,
                       RateLimiter rateLimiter, GameClock clock, IdSource ids, List<DependencyProbe> probes) {
        public Ports {
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(refreshTokens, "refresh tokens");
            Objects.requireNonNull(characters, "characters");
            Objects.requireNonNull(passwordHasher, "password hasher");
            Objects.requireNonNull(tokenIssuer, "token issuer");
            Objects.requireNonNull(refreshSecrets, "refresh secrets");
            Objects.requireNonNull(rateLimiter, "rate limiter");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(ids, "ids");
            probes = List.copyOf(probes);
        }
    }

    /** The numbers a server may tune: the rule book, token lifetimes and request limits per route group. */
    public record Settings(RuleBook rules, SessionPolicy sessions, Map<String, RateLimit> rateLimits) {
        public Settings {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(sessions, "sessions");
            rateLimits = Map.copyOf(rateLimits);
        }

        public static Settings defaults() {
            return new Settings(RuleBook.defaults(), SessionPolicy.defaults(), Map.of());
        }
    }

    public RegisterAccountUseCase registerAccount() {
        return registration;
    }

    public GetMyAccountUseCase getMyAccount() {
        return registration;
    }

    public LogInUseCase logIn() {
        return sessions;
    }

    public RefreshSessionUseCase refreshSession() {
        return sessions;
    }

    public LogOutUseCase logOut() {
        return sessions;
    }

    public AuthenticateUseCase authenticate() {
        return sessions;
    }

    public CreateCharacterUseCase createCharacter() {
        return characters;
    }

    public GetCharacterUseCase getCharacter() {
        return characters;
    }

    public ListMyCharactersUseCase listMyCharacters() {
        return characters;
    }

    public ListCivilizationsUseCase listCivilizations() {
        return characters;
    }

    public ActAsCharacterUseCase actAsCharacter() {
        return characters;
    }

    public ThrottleUseCase throttle() {
        return throttle;
    }

    public CheckReadinessUseCase checkReadiness() {
        return readiness;
    }
}
