package io.kinrealm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");
    private static final AccountId MIRA = new AccountId(new UUID(0, 1));

    @Test
    void a_new_account_is_a_player_account() {
        Account account = Account.open(MIRA, new Username("Mira"), "hash", DAWN);

        assertThat(account.roles()).containsExactly(Role.PLAYER);
        assertThat(account.createdAt()).isEqualTo(DAWN);
    }

    @Test
    void a_moderator_is_still_a_player() {
        Account account = new Account(MIRA, new Username("Mira"), "hash", Set.of(Role.MODERATOR), DAWN);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.PLAYER, Role.MODERATOR);
    }

    @Test
    void roles_are_read_back_from_their_ids_and_unknown_ids_are_none() {
        assertThat(Role.fromId("operator")).contains(Role.OPERATOR);
        assertThat(Role.fromId("OPERATOR")).isEmpty();
        assertThat(Role.fromId("king")).isEmpty();
    }
}
