package io.kinrealm.application.fakes;

import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.List;

/** The real core over the fakes, with the clock and the hasher at hand, and shortcuts for the usual setup. */
public final class TestCore {
    public static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");

    public final MutableClock clock = new MutableClock(DAWN);
    public final CountingPasswordHasher hasher = new CountingPasswordHasher();
    public final FakeAccounts accounts = new FakeAccounts();
    public final KinrealmCore core = KinrealmCore.assemble(new KinrealmCore.Ports(accounts, new FakeRefreshTokens(),
            new FakeCharacters(), hasher, new FakeTokenIssuer(), new FakeRefreshSecrets(), new FakeRateLimiter(),
            clock, new SequentialIds(), List.of()), KinrealmCore.Settings.defaults());

    /** Opens an account and answers its id; fails the test if it is refused. */
    public AccountId register(String username, String password) {
        AccountView view = done(core.registerAccount().register(new RegisterAccount(username, password)));
        return AccountId.of(view.id());
    }

    /** Logs in; fails the test if it is refused. */
    public SessionTokens logIn(String username, String password) {
        return done(core.logIn().logIn(new LogIn(username, password)));
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
