package io.kinrealm.application.account;

import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase;
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

/**
 * Operators granting roles to accounts and revoking them, each change written to the audit log. Only the roles
 * stored on accounts change here; those the server's configuration gives by username stay as configured.
 */
public final class RoleGrants implements GrantRoleUseCase, RevokeRoleUseCase {
    private static final String NO_ACCOUNT = "No account has this username.";

    private final Accounts accounts;
    private final AuditLog auditLog;
    private final GameClock clock;
    private final ConfiguredRoles configured;

    public RoleGrants(Accounts accounts, AuditLog auditLog, GameClock clock, ConfiguredRoles configured) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.configured = configured;
    }

    @Override
    public Outcome<RoleGranted> grant(GrantRole command) {
        if (!isOperator(command.operator())) {
            return Outcome.rejected(Refusal.OPERATORS_ONLY, "Only an operator may grant roles.");
        }
        Optional<Role> role = assignable(command.role());
        List<FieldProblem> problems = problems(command.username(), role,
                "A role to grant is 'moderator' or 'operator'.");
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return accounts.findByUsername(new Username(command.username()))
                .filter(account -> accounts.grantRole(account.id(), role.get()))
                .map(account -> granted(command, account, role.get()))
                .orElseGet(() -> Outcome.rejected(Refusal.ACCOUNT_NOT_FOUND, NO_ACCOUNT));
    }

    @Override
    public Outcome<RoleRevoked> revoke(RevokeRole command) {
        if (!isOperator(command.operator())) {
            return Outcome.rejected(Refusal.OPERATORS_ONLY, "Only an operator may revoke roles.");
        }
        Optional<Role> role = assignable(command.role());
        List<FieldProblem> problems = problems(command.username(), role,
                "A role to revoke is 'moderator' or 'operator'; every account stays a player.");
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return accounts.findByUsername(new Username(command.username()))
                .map(account -> revokeFrom(command.operator(), account, role.get()))
                .orElseGet(() -> Outcome.rejected(Refusal.ACCOUNT_NOT_FOUND, NO_ACCOUNT));
    }

    private Outcome<RoleGranted> granted(GrantRole command, Account account, Role role) {
        String username = account.username().value();
        audit(command.operator(), AuditEntry.ROLE_GRANTED, username, role);
        return Outcome.done(new RoleGranted(username, role.id()));
    }

    /** Operators revoke each other's operator role, never their own: someone else has to agree it should go. */
    private Outcome<RoleRevoked> revokeFrom(Principal operator, Account account, Role role) {
        if (role == Role.OPERATOR && account.id().equals(operator.accountId())) {
            return Outcome.rejected(Refusal.CANNOT_REVOKE_OWN_OPERATOR_ROLE,
                    "An operator cannot revoke their own operator role; another operator has to.");
        }
        String username = account.username().value();
        return switch (accounts.revokeRole(account.id(), role)) {
            case REVOKED -> {
                audit(operator, AuditEntry.ROLE_REVOKED, username, role);
                yield Outcome.done(new RoleRevoked(username, role.id()));
            }
            case NOT_HELD -> Outcome.rejected(Refusal.ROLE_NOT_HELD, notHeld(account, role));
            case NO_SUCH_ACCOUNT -> Outcome.rejected(Refusal.ACCOUNT_NOT_FOUND, NO_ACCOUNT);
        };
    }

    private String notHeld(Account account, Role role) {
        String username = account.username().value();
        return configured.of(account.username()).contains(role)
                ? username + "'s " + role.id() + " role comes from the server's configuration, not from a grant; "
                        + "only the configuration can take it away."
                : username + " holds no granted " + role.id() + " role.";
    }

    private void audit(Principal operator, String action, String username, Role role) {
        auditLog.append(new AuditEntry(clock.now(), operator.accountId(), operator.username(), action, username,
                role.id()));
    }

    private static boolean isOperator(Principal principal) {
        return principal.roles().contains(Role.OPERATOR);
    }

    private static List<FieldProblem> problems(String username, Optional<Role> role, String roleMessage) {
        List<FieldProblem> problems = new ArrayList<>();
        Username.problem(username).ifPresent(problems::add);
        if (role.isEmpty()) {
            problems.add(new FieldProblem("role", "unknown", roleMessage));
        }
        return problems;
    }

    /** The roles an operator grants and revokes: every role but the player role, which every account keeps. */
    private static Optional<Role> assignable(String id) {
        return Optional.ofNullable(id).flatMap(Role::fromId).filter(role -> role != Role.PLAYER);
    }
}
