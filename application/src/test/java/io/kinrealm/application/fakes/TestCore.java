package io.kinrealm.application.fakes;

import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.FakeDevotions;
import io.kinrealm.application.family.FakeFamilies;
import io.kinrealm.application.family.FakePositions;
import io.kinrealm.application.family.FakeTongues;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * The real core over the fakes (and the game's own channel access policy), with the clock, the hasher, the chat log
 * and the event bus at hand, and shortcuts for the usual setup.
 */
public final class TestCore {
    public static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");

    public final MutableClock clock = new MutableClock(DAWN);
    public final CountingPasswordHasher hasher = new CountingPasswordHasher();
    public final FakeAccounts accounts = new FakeAccounts();
    public final FakeChatLog chatLog;
    public final RecordingEventBus bus = new RecordingEventBus();
    public final FakePresenceRegistry presence = new FakePresenceRegistry();
    public final FakeAuditLog auditLog = new FakeAuditLog();
    public final KinrealmCore core;

    public TestCore() {
        this(new FakeChatLog(), KinrealmCore.Realtime.defaults());
    }

    /** A core whose configuration gives these roles by username. */
    public TestCore(ConfiguredRoles roles) {
        this(new FakeChatLog(), KinrealmCore.Realtime.defaults(), roles);
    }

    /** A core over this chat log (one that prunes, say) with these real-time settings. */
    public TestCore(FakeChatLog chatLog, KinrealmCore.Realtime realtime) {
        this(chatLog, realtime, ConfiguredRoles.none());
    }

    private TestCore(FakeChatLog chatLog, KinrealmCore.Realtime realtime, ConfiguredRoles roles) {
        this.chatLog = chatLog;
        KinrealmCore.Settings defaults = KinrealmCore.Settings.defaults();
        this.core = KinrealmCore.assemble(new KinrealmCore.Ports(accounts, new FakeRefreshTokens(),
                new FakeCharacters(), hasher, new FakeTokenIssuer(), new FakeRefreshSecrets(), new FakeRateLimiter(),
                clock, new SequentialIds(), List.of(), chatLog, bus, presence, new GameChannelAccess(),
                new FamilyStores(new FakeFamilies(), new FakeDevotions(), new FakeTongues(),
                        new FakePositions()), auditLog),
                new KinrealmCore.Settings(defaults.rules(), defaults.sessions(), defaults.rateLimits(), realtime,
                        roles));
    }

    /** Opens an account and answers its id; fails the test if it is refused. */
    public AccountId register(String username, String password) {
        AccountView view = done(core.registerAccount().register(new RegisterAccount(username, password)));
        return AccountId.of(view.id());
    }

    /** Logs in; fails the test if it is refused. */
    public SessionTokens logIn(String username, String password) {
        return done(core.logIn().logIn(new LogIn(username, password)));
    }

    /** Creates a character of the account; fails the test if it is refused. */
    public CharacterView createCharacter(AccountId account, String name, String civilization) {
        return done(core.createCharacter().create(new CreateCharacter(account, name, civilization))).character();
    }

    /** The value of an outcome that must be done. */
    public static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("expected done but was " + outcome);
    }

    /** The refusal of an outcome that must be refused. */
    public static <T> Outcome.Rejected<T> rejected(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            return rejected;
        }
        throw new AssertionError("expected a refusal but was " + outcome);
    }
}
