package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleGrantTest {
    private static final String PASSWORD = "dragonfire-oath";
    private final TestCore kinrealm = new TestCore(new ConfiguredRoles(Set.of("Mira"), Set.of()));
    private final AccountId mira = kinrealm.register("Mira", PASSWORD);
    private final AccountId tobin = kinrealm.register("Tobin", PASSWORD);

    private Principal loggedIn(String username) {
        String token = kinrealm.logIn(username, PASSWORD).accessToken();
        return done(kinrealm.core.authenticate().authenticate(token));
    }

    @Test
    void a_role_granted_by_an_operator_travels_in_the_grantees_next_login() {
        done(kinrealm.core.grantRole().grant(new GrantRole(loggedIn("Mira"), "tobin", "moderator")));

        assertThat(loggedIn("Tobin").roles()).containsExactlyInAnyOrder(Role.PLAYER, Role.MODERATOR);
    }

    @Test
    void every_grant_is_written_to_the_audit_log_with_who_granted_what_to_whom_and_when() {
        Principal operator = loggedIn("Mira");
        done(kinrealm.core.grantRole().grant(new GrantRole(operator, "Tobin", "moderator")));
        done(kinrealm.core.grantRole().grant(new GrantRole(operator, "Tobin", "operator")));

        assertThat(kinrealm.auditLog.latest(10)).containsExactly(
                new AuditEntry(TestCore.DAWN, mira, "Mira", AuditEntry.ROLE_GRANTED, "Tobin", "operator"),
                new AuditEntry(TestCore.DAWN, mira, "Mira", AuditEntry.ROLE_GRANTED, "Tobin", "moderator"));
    }

    @Test
    void a_player_cannot_grant_and_nothing_is_granted_or_logged() {
        Principal player = loggedIn("Tobin");

        assertThat(rejected(kinrealm.core.grantRole().grant(new GrantRole(player, "Tobin", "operator"))).reason())
                .isEqualTo(Refusal.OPERATORS_ONLY);

        assertThat(loggedIn("Tobin").roles()).containsExactly(Role.PLAYER);
        assertThat(kinrealm.auditLog.latest(10)).isEmpty();
    }

    @Test
    void granting_to_an_unknown_username_is_refused_and_not_logged() {
        assertThat(rejected(kinrealm.core.grantRole().grant(new GrantRole(loggedIn("Mira"), "nobody", "moderator")))
                .reason()).isEqualTo(Refusal.ACCOUNT_NOT_FOUND);
        assertThat(kinrealm.auditLog.latest(10)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"player", "admin", "OPERATOR", ""})
    void only_moderator_and_operator_can_be_granted(String role) {
        var refusal = rejected(kinrealm.core.grantRole().grant(new GrantRole(loggedIn("Mira"), "Tobin", role)));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field).containsExactly("role");
        assertThat(kinrealm.auditLog.latest(10)).isEmpty();
        assertThat(kinrealm.accounts.findById(tobin)).hasValueSatisfying(
                account -> assertThat(account.roles()).containsExactly(Role.PLAYER));
    }
}
