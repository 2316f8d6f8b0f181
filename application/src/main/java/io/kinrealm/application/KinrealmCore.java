package io.kinrealm.application;

import io.kinrealm.application.account.AccountRegistration;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.account.RoleGrants;
import io.kinrealm.application.account.SessionPolicy;
import io.kinrealm.application.account.Sessions;
import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.GetMyAccountUseCase;
import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.in.LogInUseCase;
import io.kinrealm.application.account.port.in.LogOutUseCase;
import io.kinrealm.application.account.port.in.PurgeExpiredSessionsUseCase;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase;
import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.application.account.port.out.RefreshSecrets;
import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.TokenIssuer;
import io.kinrealm.application.audit.AuditTrail;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.application.character.CharacterService;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.character.port.in.ListCivilizationsUseCase;
import io.kinrealm.application.character.port.in.ListMyCharactersUseCase;
import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.chat.ChatService;
import io.kinrealm.application.chat.port.in.CatchUpUseCase;
import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase;
import io.kinrealm.application.chat.port.out.ChannelAccessPolicy;
import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.application.family.FamilyUseCases;
import io.kinrealm.application.health.ReadinessCheck;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase;
import io.kinrealm.application.health.port.out.DependencyProbe;
import io.kinrealm.application.presence.PresenceService;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.application.ratelimit.RequestThrottle;
import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.ratelimit.port.out.RateLimiter;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.application.shared.port.out.IdSource;
import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.rules.RuleBook;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every use case of Kinrealm, assembled from the out ports a server provides. A server (ours in bootstrap, or a
 * studio's own) builds one of these and hands its use cases to its drivers.
 */
public final class KinrealmCore {
    private final AccountRegistration registration;
    private final Sessions sessions;
    private final RoleGrants roleGrants;
    private final AuditTrail auditTrail;
    private final CharacterService characters;
    private final RequestThrottle throttle;
    private final ReadinessCheck readiness;
    private final ChatService chat;
    private final PresenceService presence;
    private final FamilyUseCases families;

    private KinrealmCore(Ports ports, Settings settings) {
        this.registration = new AccountRegistration(ports.accounts(), ports.passwordHasher(), ports.clock(),
                ports.ids());
        this.sessions = new Sessions(ports.accounts(), ports.refreshTokens(), ports.passwordHasher(),
                ports.tokenIssuer(), ports.refreshSecrets(), ports.clock(), ports.ids(), settings.sessions(),
                ports.eventBus(), settings.roles());
        this.roleGrants = new RoleGrants(ports.accounts(), ports.auditLog(), ports.clock(), settings.roles());
        this.auditTrail = new AuditTrail(ports.auditLog());
        this.characters = new CharacterService(ports.characters(), settings.rules(), ports.clock(), ports.ids(),
                ports.familyStores().devotions());
        this.throttle = new RequestThrottle(ports.rateLimiter(), ports.clock(), settings.rateLimits());
        this.readiness = new ReadinessCheck(ports.probes());
        this.chat = new ChatService(ports.characters(), ports.chatLog(), ports.eventBus(), ports.channelAccess(),
                ports.clock(), languages(settings.rules()), settings.realtime().maxCatchUp());
        this.families = FamilyUseCases.assemble(ports.familyStores(), ports.characters(), ports.eventBus(),
                ports.clock(), settings.rules(), ports.auditLog());
        this.presence = new PresenceService(ports.presence(), ports.characters(), ports.eventBus(), ports.clock(),
                settings.realtime().presenceLifetime());
    }

    private static Set<String> languages(RuleBook rules) {
        Set<String> ids = new HashSet<>();
        ids.add(Language.COMMON.id());
        rules.civilizations().all().forEach(civilization -> ids.add(civilization.nativeTongue().id()));
        return ids;
    }

    public static KinrealmCore assemble(Ports ports, Settings settings) {
        return new KinrealmCore(ports, settings);
    }

    /** What the core needs from the world. */
    public record Ports(Accounts accounts, RefreshTokens refreshTokens, Characters characters,
                       PasswordHasher passwordHasher, TokenIssuer tokenIssuer, RefreshSecrets refreshSecrets,
                       RateLimiter rateLimiter, GameClock clock, IdSource ids, List<DependencyProbe> probes,
                       ChatLog chatLog, EventBus eventBus, PresenceRegistry presence,
                       ChannelAccessPolicy channelAccess, FamilyStores familyStores, AuditLog auditLog) {
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
            Objects.requireNonNull(chatLog, "chat log");
            Objects.requireNonNull(eventBus, "event bus");
            Objects.requireNonNull(presence, "presence");
            Objects.requireNonNull(channelAccess, "channel access");
            Objects.requireNonNull(familyStores, "family stores");
            Objects.requireNonNull(auditLog, "audit log");
            probes = List.copyOf(probes);
        }
    }

    /**
     * The numbers a server may tune: the rule book, token lifetimes, request limits per route group, real-time
     * settings and the roles configuration gives to accounts by username.
     */
    public record Settings(RuleBook rules, SessionPolicy sessions, Map<String, RateLimit> rateLimits,
                           Realtime realtime, ConfiguredRoles roles) {
        public Settings {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(realtime, "realtime");
            Objects.requireNonNull(roles, "roles");
            rateLimits = Map.copyOf(rateLimits);
        }

        public Settings(RuleBook rules, SessionPolicy sessions, Map<String, RateLimit> rateLimits,
                        Realtime realtime) {
            this(rules, sessions, rateLimits, realtime, ConfiguredRoles.none());
        }

        public Settings(RuleBook rules, SessionPolicy sessions, Map<String, RateLimit> rateLimits) {
            this(rules, sessions, rateLimits, Realtime.defaults());
        }

        public static Settings defaults() {
            return new Settings(RuleBook.defaults(), SessionPolicy.defaults(), Map.of());
        }
    }

    /**
     * Real-time settings.
     *
     * @param presenceLifetime how long a connection counts as live without being kept alive (30 s)
     * @param maxCatchUp       the most messages a reconnecting client is replayed per channel (1000); beyond that it
     *                         is told to reload
     */
    public record Realtime(Duration presenceLifetime, int maxCatchUp) {
        public Realtime {
            Objects.requireNonNull(presenceLifetime, "presence lifetime");
            if (maxCatchUp < 1) {
                throw new IllegalArgumentException("catch-up replays at least one message");
            }
        }

        public static Realtime defaults() {
            return new Realtime(Duration.ofSeconds(30), 1000);
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

    /** Housekeeping a server runs now and then: forgetting expired refresh tokens. */
    public PurgeExpiredSessionsUseCase purgeExpiredSessions() {
        return sessions;
    }

    /** Operators granting roles; every grant goes to the audit log. */
    public GrantRoleUseCase grantRole() {
        return roleGrants;
    }

    /** Operators revoking granted roles (never their own operator role); every revocation goes to the audit log. */
    public RevokeRoleUseCase revokeRole() {
        return roleGrants;
    }

    /** Operators reading the audit log back, newest first. */
    public ReadAuditLogUseCase auditLog() {
        return auditTrail;
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

    public JoinChannelUseCase joinChannel() {
        return chat;
    }

    public SendChatMessageUseCase sendChatMessage() {
        return chat;
    }

    public ChatHistoryUseCase chatHistory() {
        return chat;
    }

    public CatchUpUseCase catchUp() {
        return chat;
    }

    public ReplayChannelUseCase replayChannel() {
        return chat;
    }

    public PresenceUseCase presence() {
        return presence;
    }

    /** The use cases of families, divine alignment and languages. */
    public FamilyUseCases families() {
        return families;
    }
}
