package io.kinrealm.application.account;

import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Operators granting roles to accounts, each grant written to the audit log. */
public final class RoleGrants implements GrantRoleUseCase {
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final GameClock clock;

    public RoleGrants(Accounts accounts, AuditLog auditLog, GameClock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Outcome<RoleGranted> grant(GrantRole command) {
        if (!command.operator().roles().contains(Role.OPERATOR)) {
            return Outcome.rejected(Refusal.OPERATORS_ONLY, "Only an operator may grant roles.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Username.problem(command.username()).ifPresent(problems::add);
        Optional<Role> role = grantable(command.role());
        if (role.isEmpty()) {
            problems.add(new FieldProblem("role", "unknown", "A role to grant is 'moderator' or 'operator'."));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return accounts.findByUsername(new Username(command.username()))
                .filter(account -> accounts.grantRole(account.id(), role.get()))
                .map(account -> granted(command, account, role.get()))
                .orElseGet(() -> Outcome.rejected(Refusal.ACCOUNT_NOT_FOUND, "No account has this username."));
    }

    private Outcome<RoleGranted> granted(GrantRole command, Account account, Role role) {
        String username = account.username().value();
        auditLog.append(new AuditEntry(clock.now(), command.operator().accountId(), command.operator().username(),
                AuditEntry.ROLE_GRANTED, username, role.id()));
        return Outcome.done(new RoleGranted(username, role.id()));
    }

    private static Optional<Role> grantable(String id) {
        return Optional.ofNullable(id).flatMap(Role::fromId).filter(role -> role != Role.PLAYER);
    }
}
