package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase.RevokeRole;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase.RoleRevoked;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mira runs the world by configuration; Tobin and Ysolde are players she may raise and lower again. */
class RoleRevocationTest {
    private static final String PASSWORD = "dragonfire-oath";
    private final TestCore kinrealm = new TestCore(new ConfiguredRoles(Set.of("Mira"), Set.of()));
    private final AccountId mira = kinrealm.register("Mira", PASSWORD);
    private final AccountId tobin = kinrealm.register("Tobin", PASSWORD);

    private Principal loggedIn(String username) {
        String token = kinrealm.logIn(username, PASSWORD).accessToken();
        return done(kinrealm.core.authenticate().authenticate(token));
    }

    private void grant(String username, String role) {
        done(kinrealm.core.grantRole().grant(new GrantRole(loggedIn("Mira"), username, role)));
    }

    private Outcome<RoleRevoked> revoke(Principal operator, String username, String role) {
        return kinrealm.core.revokeRole().revoke(new RevokeRole(operator, username, role));
    }

    @Test
    void a_revoked_role_no_longer_travels_in_the_next_login() {
        grant("Tobin", "moderator");

        RoleRevoked revoked = done(revoke(loggedIn("Mira"), "tobin", "moderator"));

        assertThat(revoked).isEqualTo(new RoleRevoked("Tobin", "moderator"));
        assertThat(loggedIn("Tobin").roles()).containsExactly(Role.PLAYER);
    }

    @Test
    void every_revocation_is_written_to_the_audit_log_after_the_grant_it_undoes() {
        grant("Tobin", "moderator");
        kinrealm.clock.advance(Duration.ofMinutes(5));

        done(revoke(loggedIn("Mira"), "Tobin", "moderator"));

        assertThat(kinrealm.auditLog.latest(10)).containsExactly(
                new AuditEntry(TestCore.DAWN.plus(Duration.ofMinutes(5)), mira, "Mira", AuditEntry.ROLE_REVOKED,
                        "Tobin", "moderator"),
                new AuditEntry(TestCore.DAWN, mira, "Mira", AuditEntry.ROLE_GRANTED, "Tobin", "moderator"));
    }

    @Test
    void a_moderator_cannot_revoke_and_nothing_changes_or_is_logged() {
        grant("Tobin", "moderator");
        kinrealm.register("Ysolde", PASSWORD);
        grant("Ysolde", "moderator");

        assertThat(rejected(revoke(loggedIn("Tobin"), "Ysolde", "moderator")).reason())
                .isEqualTo(Refusal.OPERATORS_ONLY);

        assertThat(loggedIn("Ysolde").roles()).containsExactlyInAnyOrder(Role.PLAYER, Role.MODERATOR);
        assertThat(kinrealm.auditLog.latest(10)).extracting(AuditEntry::action)
                .containsOnly(AuditEntry.ROLE_GRANTED);
    }

    @Test
    void an_operator_cannot_revoke_their_own_operator_role_and_stays_an_operator() {
        grant("Tobin", "operator");

        var refusal = rejected(revoke(loggedIn("Tobin"), "TOBIN", "operator"));

        assertThat(refusal.reason()).isEqualTo(Refusal.CANNOT_REVOKE_OWN_OPERATOR_ROLE);
        assertThat(loggedIn("Tobin").roles()).contains(Role.OPERATOR);
        assertThat(kinrealm.auditLog.latest(10)).extracting(AuditEntry::action)
                .containsExactly(AuditEntry.ROLE_GRANTED);
    }

    @Test
    void another_operator_may_revoke_an_operators_granted_operator_role() {
        grant("Tobin", "operator");

        done(revoke(loggedIn("Mira"), "Tobin", "operator"));

        assertThat(loggedIn("Tobin").roles()).containsExactly(Role.PLAYER);
    }

    @Test
    void revoking_a_role_the_account_does_not_hold_is_refused_and_not_logged() {
        var refusal = rejected(revoke(loggedIn("Mira"), "Tobin", "moderator"));

        assertThat(refusal.reason()).isEqualTo(Refusal.ROLE_NOT_HELD);
        assertThat(refusal.detail()).isEqualTo("Tobin holds no granted moderator role.");
        assertThat(kinrealm.auditLog.latest(10)).isEmpty();
    }

    @Test
    void a_role_given_by_configuration_cannot_be_revoked_and_the_refusal_says_why() {
        grant("Tobin", "operator");

        var refusal = rejected(revoke(loggedIn("Tobin"), "mira", "operator"));

        assertThat(refusal.reason()).isEqualTo(Refusal.ROLE_NOT_HELD);
        assertThat(refusal.detail()).contains("configuration");
        assertThat(loggedIn("Mira").roles()).contains(Role.OPERATOR);
    }

    @Test
    void revoking_from_an_unknown_username_is_refused_and_not_logged() {
        assertThat(rejected(revoke(loggedIn("Mira"), "nobody", "moderator")).reason())
                .isEqualTo(Refusal.ACCOUNT_NOT_FOUND);
        assertThat(kinrealm.auditLog.latest(10)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"player", "admin", "MODERATOR", ""})
    void only_moderator_and_operator_can_be_revoked(String role) {
        var refusal = rejected(revoke(loggedIn("Mira"), "Tobin", role));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field).containsExactly("role");
        assertThat(kinrealm.accounts.findById(tobin)).hasValueSatisfying(
                account -> assertThat(account.roles()).containsExactly(Role.PLAYER));
    }

    @Test
    void a_malformed_username_is_a_validation_failure_naming_the_field() {
        var refusal = rejected(revoke(loggedIn("Mira"), "no spaces allowed", "moderator"));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field).containsExactly("username");
    }
}
