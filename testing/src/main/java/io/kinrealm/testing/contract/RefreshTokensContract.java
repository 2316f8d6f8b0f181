package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.RefreshTokens.Rotation;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.shared.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokens} must do: exchange a live token once for its successor; treat a second exchange of
 * the same token as a replay that revokes the whole login; refuse unknown, expired and revoked tokens; and let exactly
 * one of many concurrent exchanges win. A login is active while one of its tokens is neither revoked nor expired.
 */
public abstract class RefreshTokensContract {
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(1));
    private static final Instant LATER = NOW.plusSeconds(30);

    private RefreshTokens tokens;

    /** Refresh tokens over fresh storage, or storage that other runs only share with different fingerprints. */
    protected abstract RefreshTokens newRefreshTokens();

    /** An account that exists in the storage of the tokens (storage may require the owner to exist). */
    protected abstract AccountId anAccount();

    @BeforeEach
    public void openTokens() {
        tokens = newRefreshTokens();
    }

    /** A fresh fingerprint no other run uses. */
    protected static String fingerprint() {
        return "fp-" + UUID.randomUUID();
    }

    private StoredRefreshToken issue(Instant expiresAt) {
        StoredRefreshToken token = new StoredRefreshToken(fingerprint(), new LoginId(UUID.randomUUID()), anAccount(),
                NOW, expiresAt);
        tokens.insert(token);
        return token;
    }

    @Test
    public void a_live_token_is_exchanged_for_a_successor_that_can_be_exchanged_in_turn() {
        StoredRefreshToken first = issue(EXPIRES);
        String second = fingerprint();
        Rotation.Rotated rotated = new Rotation.Rotated(first.loginId(), first.accountId());

        assertThat(tokens.rotate(first.fingerprint(), second, EXPIRES, LATER)).isEqualTo(rotated);
        assertThat(tokens.rotate(second, fingerprint(), EXPIRES, LATER.plusSeconds(1))).isEqualTo(rotated);
    }

    @Test
    public void presenting_an_exchanged_token_again_is_a_replay_that_revokes_the_whole_login() {
        StoredRefreshToken first = issue(EXPIRES);
        String successor = fingerprint();
        String refusedSuccessor = fingerprint();
        tokens.rotate(first.fingerprint(), successor, EXPIRES, LATER);

        assertThat(tokens.rotate(first.fingerprint(), refusedSuccessor, EXPIRES, LATER))
                .isEqualTo(new Rotation.Reused(first.loginId(), first.accountId()));

        assertThat(tokens.rotate(successor, fingerprint(), EXPIRES, LATER)).isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(refusedSuccessor, fingerprint(), EXPIRES, LATER)).isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(first.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isInstanceOf(Rotation.Invalid.class);
    }

    @Test
    public void an_unknown_token_is_invalid() {
        assertThat(tokens.rotate(fingerprint(), fingerprint(), EXPIRES, NOW)).isInstanceOf(Rotation.Invalid.class);
    }

    @Test
    public void a_token_is_invalid_from_the_moment_it_expires() {
        StoredRefreshToken atExpiry = issue(LATER);
        StoredRefreshToken pastExpiry = issue(LATER);
        StoredRefreshToken justBefore = issue(LATER);

        assertThat(tokens.rotate(atExpiry.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(pastExpiry.fingerprint(), fingerprint(), EXPIRES, LATER.plusSeconds(3600)))
                .isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(justBefore.fingerprint(), fingerprint(), EXPIRES, LATER.minusNanos(1000)))
                .isInstanceOf(Rotation.Rotated.class);
    }

    @Test
    public void a_successor_expires_when_the_exchange_said() {
        StoredRefreshToken first = issue(EXPIRES);
        String successor = fingerprint();
        Instant successorExpires = LATER.plusSeconds(600);
        tokens.rotate(first.fingerprint(), successor, successorExpires, LATER);

        assertThat(tokens.rotate(successor, fingerprint(), EXPIRES, successorExpires))
                .isInstanceOf(Rotation.Invalid.class);
    }

    @Test
    public void revoking_a_login_invalidates_every_token_of_it_but_no_other_login() {
        StoredRefreshToken first = issue(EXPIRES);
        String current = fingerprint();
        tokens.rotate(first.fingerprint(), current, EXPIRES, LATER);
        StoredRefreshToken otherLogin = issue(EXPIRES);

        assertThat(tokens.revokeLogin(current, LATER)).contains(first.loginId());

        assertThat(tokens.rotate(current, fingerprint(), EXPIRES, LATER)).isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(first.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isInstanceOf(Rotation.Invalid.class);
        assertThat(tokens.rotate(otherLogin.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isEqualTo(new Rotation.Rotated(otherLogin.loginId(), otherLogin.accountId()));
    }

    @Test
    public void expired_tokens_are_forgotten_and_live_ones_keep_working_replays_included() {
        StoredRefreshToken expired = issue(LATER);
        StoredRefreshToken live = issue(EXPIRES);
        StoredRefreshToken exchanged = issue(EXPIRES);
        String successor = fingerprint();
        tokens.rotate(exchanged.fingerprint(), successor, EXPIRES, NOW);

        assertThat(tokens.deleteExpired(LATER)).isGreaterThanOrEqualTo(1);

        assertThat(tokens.isLoginActive(expired.loginId(), NOW)).as("nothing of an expired token is left").isFalse();
        assertThat(tokens.rotate(exchanged.fingerprint(), fingerprint(), EXPIRES, LATER))
                .as("a live exchanged token still reveals a replay")
                .isEqualTo(new Rotation.Reused(exchanged.loginId(), exchanged.accountId()));
        assertThat(tokens.rotate(live.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isEqualTo(new Rotation.Rotated(live.loginId(), live.accountId()));
        assertThat(tokens.deleteExpired(LATER)).as("nothing more to forget").isZero();
    }

    @Test
    public void revoking_with_an_unknown_token_changes_nothing() {
        StoredRefreshToken live = issue(EXPIRES);

        assertThat(tokens.revokeLogin(fingerprint(), LATER)).isEmpty();

        assertThat(tokens.rotate(live.fingerprint(), fingerprint(), EXPIRES, LATER))
                .isInstanceOf(Rotation.Rotated.class);
        assertThat(tokens.isLoginActive(live.loginId(), LATER)).isTrue();
    }

    @Test
    public void revoking_with_an_exchanged_or_already_revoked_token_still_answers_its_login() {
        StoredRefreshToken first = issue(EXPIRES);
        String current = fingerprint();
        tokens.rotate(first.fingerprint(), current, EXPIRES, LATER);

        assertThat(tokens.revokeLogin(first.fingerprint(), LATER)).contains(first.loginId());
        assertThat(tokens.revokeLogin(current, LATER.plusSeconds(1))).contains(first.loginId());
        assertThat(tokens.rotate(current, fingerprint(), EXPIRES, LATER)).isInstanceOf(Rotation.Invalid.class);
    }

    @Test
    public void a_login_is_active_until_it_is_revoked_and_other_logins_stay_active() {
        StoredRefreshToken ended = issue(EXPIRES);
        StoredRefreshToken other = issue(EXPIRES);
        assertThat(tokens.isLoginActive(ended.loginId(), LATER)).isTrue();

        tokens.revokeLogin(ended.fingerprint(), LATER);

        assertThat(tokens.isLoginActive(ended.loginId(), LATER)).isFalse();
        assertThat(tokens.isLoginActive(other.loginId(), LATER)).isTrue();
    }

    @Test
    public void a_login_is_no_longer_active_once_its_tokens_expired() {
        StoredRefreshToken token = issue(LATER);

        assertThat(tokens.isLoginActive(token.loginId(), LATER.minusNanos(1000))).isTrue();
        assertThat(tokens.isLoginActive(token.loginId(), LATER)).isFalse();
    }

    @Test
    public void a_login_stays_active_through_its_live_successor_after_the_first_token_expired() {
        StoredRefreshToken first = issue(LATER);
        tokens.rotate(first.fingerprint(), fingerprint(), EXPIRES, NOW.plusSeconds(10));

        assertThat(tokens.isLoginActive(first.loginId(), LATER.plusSeconds(60))).isTrue();
        assertThat(tokens.isLoginActive(first.loginId(), EXPIRES)).isFalse();
    }

    @Test
    public void a_login_ended_by_a_replay_is_no_longer_active() {
        StoredRefreshToken first = issue(EXPIRES);
        tokens.rotate(first.fingerprint(), fingerprint(), EXPIRES, LATER);

        tokens.rotate(first.fingerprint(), fingerprint(), EXPIRES, LATER);

        assertThat(tokens.isLoginActive(first.loginId(), LATER)).isFalse();
    }

    @Test
    public void a_login_no_token_belongs_to_is_not_active() {
        assertThat(tokens.isLoginActive(new LoginId(UUID.randomUUID()), NOW)).isFalse();
    }

    @Test
    public void of_many_concurrent_exchanges_of_one_token_exactly_one_succeeds() throws Exception {
        StoredRefreshToken contested = issue(EXPIRES);

        RefreshTokensConcurrency.Tally tally = RefreshTokensConcurrency.rotateAtOnce(tokens, contested, 16, LATER);

        assertThat(tally.rotated()).hasSize(1);
        assertThat(tally.reused()).as("at least one exchange is seen as a replay").isNotEmpty()
                .containsOnly(new Rotation.Reused(contested.loginId(), contested.accountId()));
        assertThat(tally.rotated().size() + tally.reused().size() + tally.invalid()).isEqualTo(16);
        assertThat(tokens.rotate(tally.rotated().getFirst(), fingerprint(), EXPIRES, LATER))
                .as("the replay revoked the winner's successor too").isInstanceOf(Rotation.Invalid.class);
    }
}
