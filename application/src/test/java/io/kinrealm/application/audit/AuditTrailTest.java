package io.kinrealm.application.audit;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.account.port.in.GrantRoleUseCase.GrantRole;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase.RevokeRole;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.AuditEntryView;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.AuditPage;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.ReadAuditLog;
import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mira, an operator by configuration, reads back what operators did. */
class AuditTrailTest {
    private static final String PASSWORD = "dragonfire-oath";
    private final TestCore kinrealm = new TestCore(new ConfiguredRoles(Set.of("Mira"), Set.of()));
    private final AccountId mira = kinrealm.register("Mira", PASSWORD);

    private Principal loggedIn(String username) {
        String token = kinrealm.logIn(username, PASSWORD).accessToken();
        return done(kinrealm.core.authenticate().authenticate(token));
    }

    private ReadAuditLogUseCase auditLog() {
        return kinrealm.core.auditLog();
    }

    /** Mira raises Tobin to moderator, a minute later to operator, and a minute later takes the moderator back. */
    private void miraRaisesAndLowersTobin() {
        kinrealm.register("Tobin", PASSWORD);
        Principal operator = loggedIn("Mira");
        done(kinrealm.core.grantRole().grant(new GrantRole(operator, "Tobin", "moderator")));
        kinrealm.clock.advance(Duration.ofMinutes(1));
        done(kinrealm.core.grantRole().grant(new GrantRole(operator, "Tobin", "operator")));
        kinrealm.clock.advance(Duration.ofMinutes(1));
        done(kinrealm.core.revokeRole().revoke(new RevokeRole(operator, "Tobin", "moderator")));
    }

    @Test
    void an_operator_reads_the_latest_entries_newest_first_as_many_as_asked() {
        miraRaisesAndLowersTobin();

        AuditPage page = done(auditLog().read(new ReadAuditLog(loggedIn("Mira"), 2)));

        String id = mira.toString();
        assertThat(page.entries()).containsExactly(
                new AuditEntryView(TestCore.DAWN.plus(Duration.ofMinutes(2)), id, "Mira", AuditEntry.ROLE_REVOKED,
                        "Tobin", "moderator"),
                new AuditEntryView(TestCore.DAWN.plus(Duration.ofMinutes(1)), id, "Mira", AuditEntry.ROLE_GRANTED,
                        "Tobin", "operator"));
    }

    @Test
    void an_empty_log_reads_as_no_entries() {
        assertThat(done(auditLog().read(new ReadAuditLog(loggedIn("Mira"), 50))).entries()).isEmpty();
    }

    @Test
    void a_player_cannot_read_the_audit_log() {
        kinrealm.register("Ysolde", PASSWORD);

        assertThat(rejected(auditLog().read(new ReadAuditLog(loggedIn("Ysolde"), 50))).reason())
                .isEqualTo(Refusal.OPERATORS_ONLY);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void a_limit_outside_1_to_100_is_a_validation_failure_naming_the_limit(int limit) {
        var refusal = rejected(auditLog().read(new ReadAuditLog(loggedIn("Mira"), limit)));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("limit", "range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void the_limits_of_the_range_are_accepted(int limit) {
        miraRaisesAndLowersTobin();

        assertThat(done(auditLog().read(new ReadAuditLog(loggedIn("Mira"), limit))).entries())
                .hasSize(Math.min(limit, 3));
    }
}
