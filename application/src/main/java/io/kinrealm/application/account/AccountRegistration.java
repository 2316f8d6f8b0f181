package io.kinrealm.application.account;

import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.GetMyAccountUseCase;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase;
import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.PasswordHasher;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.application.shared.port.out.IdSource;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Password;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opens accounts and shows players their own. */
public final class AccountRegistration implements RegisterAccountUseCase, GetMyAccountUseCase {
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final GameClock clock;
    private final IdSource ids;

    public AccountRegistration(Accounts accounts, PasswordHasher hasher, GameClock clock, IdSource ids) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Outcome<AccountView> register(RegisterAccount command) {
        List<FieldProblem> problems = new ArrayList<>();
        Username.problem(command.username()).ifPresent(problems::add);
        Password.problem(command.password()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        Username username = new Username(command.username());
        if (accounts.findByUsername(username).isPresent()) {
            return usernameTaken();
        }
        Account account = Account.open(new AccountId(ids.newId()), username,
                hasher.hash(new Password(command.password())), clock.now());
        return accounts.insert(account) == Insertion.INSERTED ? Outcome.done(view(account)) : usernameTaken();
    }

    @Override
    public Outcome<AccountView> getMyAccount(Principal principal) {
        Optional<Account> account = accounts.findById(principal.accountId());
        return account.<Outcome<AccountView>>map(found -> Outcome.done(view(found)))
                .orElseGet(() -> Outcome.rejected(Refusal.ACCOUNT_NOT_FOUND, "This account no longer exists."));
    }

    private static Outcome<AccountView> usernameTaken() {
        return Outcome.rejected(Refusal.USERNAME_TAKEN, "That username is taken.");
    }

    static AccountView view(Account account) {
        return new AccountView(account.id().toString(), account.username().value(),
                account.roles().stream().map(Role::id).sorted().toList(), account.createdAt());
    }
}
