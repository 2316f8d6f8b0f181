package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.aUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kinrealm.application.account.port.out.Accounts;
import io.kinrealm.application.account.port.out.Revocation;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Accounts} must do: keep an account with everything it was opened with, find it by id or by its
 * username in any case, refuse a second account whose username differs only in case, keep roles granted later and
 * drop roles revoked later (never the player role), telling a role not held from an account that does not exist.
 */
public abstract class AccountsContract {
    private Accounts accounts;

    /** Accounts over fresh storage, or storage that other runs only share with different usernames. */
    protected abstract Accounts newAccounts();

    @BeforeEach
    public void openAccounts() {
        accounts = newAccounts();
    }

    private static Account account(Username username, Set<Role> roles, Instant createdAt) {
        return new Account(new AccountId(UUID.randomUUID()), username, "$2a$04$hash-" + UUID.randomUUID(), roles,
                createdAt);
    }

    @Test
    public void a_stored_account_is_found_by_id_with_its_username_hash_roles_and_creation_time() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR, Role.OPERATOR), NOW.minusSeconds(3600));

        assertThat(accounts.insert(stored)).isEqualTo(Insertion.INSERTED);

        assertThat(accounts.findById(stored.id())).hasValueSatisfying(found -> assertSameAccount(found, stored));
    }

    @Test
    public void a_player_without_other_roles_is_kept_as_a_player_only() {
        Account stored = account(aUsername(), Set.of(), NOW);
        accounts.insert(stored);

        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(Set.of(Role.PLAYER));
    }

    @Test
    public void an_account_is_found_by_its_username_in_any_case() {
        Account stored = account(aUsername(), Set.of(), NOW);
        accounts.insert(stored);
        String name = stored.username().value();

        for (String spelling : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            assertThat(accounts.findByUsername(new Username(spelling)))
                    .hasValueSatisfying(found -> assertSameAccount(found, stored));
        }
    }

    @Test
    public void a_username_taken_in_another_case_is_refused_and_the_first_account_is_kept() {
        Account first = account(aUsername(), Set.of(), NOW);
        accounts.insert(first);
        Username shouted = new Username(first.username().value().toUpperCase(Locale.ROOT));
        Account second = account(shouted, Set.of(Role.OPERATOR), NOW.plusSeconds(5));

        assertThat(accounts.insert(second)).isEqualTo(Insertion.DUPLICATE);

        assertThat(accounts.findById(second.id())).isEmpty();
        assertThat(accounts.findByUsername(shouted)).hasValueSatisfying(found -> assertSameAccount(found, first));
    }

    @Test
    public void unknown_accounts_are_not_found() {
        assertThat(accounts.findById(new AccountId(UUID.randomUUID()))).isEmpty();
        assertThat(accounts.findByUsername(aUsername())).isEmpty();
    }

    @Test
    public void a_granted_role_is_kept_with_the_roles_the_account_had() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR), NOW);
        accounts.insert(stored);

        assertThat(accounts.grantRole(stored.id(), Role.OPERATOR)).isTrue();

        Set<Role> all = Set.of(Role.PLAYER, Role.MODERATOR, Role.OPERATOR);
        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(all);
        assertThat(accounts.findByUsername(stored.username())).map(Account::roles).hasValue(all);
    }

    @Test
    public void granting_a_role_held_already_changes_nothing_else() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR), NOW);
        accounts.insert(stored);

        assertThat(accounts.grantRole(stored.id(), Role.MODERATOR)).isTrue();

        assertThat(accounts.findById(stored.id())).hasValueSatisfying(found -> assertSameAccount(found, stored));
    }

    @Test
    public void granting_to_an_unknown_account_grants_nothing() {
        AccountId unknown = new AccountId(UUID.randomUUID());

        assertThat(accounts.grantRole(unknown, Role.OPERATOR)).isFalse();
        assertThat(accounts.findById(unknown)).isEmpty();
    }

    @Test
    public void a_revoked_role_is_gone_and_the_other_roles_are_kept() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR, Role.OPERATOR), NOW);
        accounts.insert(stored);

        assertThat(accounts.revokeRole(stored.id(), Role.MODERATOR)).isEqualTo(Revocation.REVOKED);

        Set<Role> left = Set.of(Role.PLAYER, Role.OPERATOR);
        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(left);
        assertThat(accounts.findByUsername(stored.username())).map(Account::roles).hasValue(left);
    }

    @Test
    public void a_granted_role_can_be_revoked_and_granted_again() {
        Account stored = account(aUsername(), Set.of(), NOW);
        accounts.insert(stored);
        accounts.grantRole(stored.id(), Role.OPERATOR);

        assertThat(accounts.revokeRole(stored.id(), Role.OPERATOR)).isEqualTo(Revocation.REVOKED);
        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(Set.of(Role.PLAYER));

        accounts.grantRole(stored.id(), Role.OPERATOR);
        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(Set.of(Role.PLAYER, Role.OPERATOR));
    }

    @Test
    public void revoking_a_role_not_held_changes_nothing() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR), NOW);
        accounts.insert(stored);

        assertThat(accounts.revokeRole(stored.id(), Role.OPERATOR)).isEqualTo(Revocation.NOT_HELD);

        assertThat(accounts.findById(stored.id())).hasValueSatisfying(found -> assertSameAccount(found, stored));
    }

    @Test
    public void revoking_twice_revokes_once() {
        Account stored = account(aUsername(), Set.of(Role.MODERATOR), NOW);
        accounts.insert(stored);

        assertThat(accounts.revokeRole(stored.id(), Role.MODERATOR)).isEqualTo(Revocation.REVOKED);
        assertThat(accounts.revokeRole(stored.id(), Role.MODERATOR)).isEqualTo(Revocation.NOT_HELD);
    }

    @Test
    public void revoking_from_an_unknown_account_says_so() {
        AccountId unknown = new AccountId(UUID.randomUUID());

        assertThat(accounts.revokeRole(unknown, Role.MODERATOR)).isEqualTo(Revocation.NO_SUCH_ACCOUNT);
        assertThat(accounts.findById(unknown)).isEmpty();
    }

    @Test
    public void the_player_role_is_never_revoked() {
        Account stored = account(aUsername(), Set.of(), NOW);
        accounts.insert(stored);

        assertThatIllegalArgumentException().isThrownBy(() -> accounts.revokeRole(stored.id(), Role.PLAYER));

        assertThat(accounts.findById(stored.id())).map(Account::roles).hasValue(Set.of(Role.PLAYER));
    }

    private static void assertSameAccount(Account actual, Account expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.username()).isEqualTo(expected.username());
        assertThat(actual.passwordHash()).isEqualTo(expected.passwordHash());
        assertThat(actual.roles()).isEqualTo(expected.roles());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
    }
}
