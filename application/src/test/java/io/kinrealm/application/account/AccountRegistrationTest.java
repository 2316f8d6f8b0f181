package io.kinrealm.application.account;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountRegistrationTest {
    private final TestCore kinrealm = new TestCore();

    private Outcome<AccountView> register(String username, String password) {
        return kinrealm.core.registerAccount().register(new RegisterAccount(username, password));
    }

    @Test
    void a_newcomer_opens_a_player_account_under_the_name_they_chose() {
        AccountView mira = done(register("Mira", "dragonfire-oath"));

        assertThat(mira.username()).isEqualTo("Mira");
        assertThat(mira.roles()).containsExactly("player");
        assertThat(mira.createdAt()).isEqualTo(TestCore.DAWN);
    }

    @Test
    void only_the_hash_of_the_password_is_kept() {
        register("Mira", "dragonfire-oath");

        assertThat(kinrealm.accounts.findByUsername(new Username("Mira")).orElseThrow().passwordHash())
                .isNotEqualTo("dragonfire-oath").isEqualTo("hash:dragonfire-oath");
    }

    @Test
    void a_bad_username_and_a_bad_password_are_reported_together() {
        Outcome.Rejected<AccountView> refusal = rejected(register("m!", "short"));

        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("username", "length"), tuple("password", "too_short"));
    }

    @Test
    void a_password_of_73_bytes_is_refused_as_too_long() {
        Outcome.Rejected<AccountView> refusal = rejected(register("Mira", "é".repeat(36) + "a"));

        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("password", "too_long"));
    }

    @Test
    void a_username_taken_in_another_case_is_refused() {
        register("Mira", "dragonfire-oath");

        assertThat(rejected(register("MIRA", "another-secret")).reason()).isEqualTo(Refusal.USERNAME_TAKEN);
    }

    @Test
    void a_refused_newcomer_leaves_the_first_account_untouched() {
        register("Mira", "dragonfire-oath");
        register("mira", "another-secret");

        assertThat(kinrealm.accounts.findByUsername(new Username("Mira")).orElseThrow().username().value())
                .isEqualTo("Mira");
    }

    @Test
    void a_player_reads_their_own_account() {
        AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
        Principal principal = new Principal(mira, "Mira", Set.of(Role.PLAYER), new LoginId(new UUID(9, 1)));

        assertThat(done(kinrealm.core.getMyAccount().getMyAccount(principal)).username()).isEqualTo("Mira");
    }

    @Test
    void an_account_that_does_not_exist_is_not_found() {
        Principal ghost = new Principal(new AccountId(new UUID(9, 9)), "Ghost", Set.of(Role.PLAYER),
                new LoginId(new UUID(9, 1)));

        assertThat(rejected(kinrealm.core.getMyAccount().getMyAccount(ghost)).reason())
                .isEqualTo(Refusal.ACCOUNT_NOT_FOUND);
    }
}
