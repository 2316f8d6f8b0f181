package io.kinrealm.domain.family;

import static io.kinrealm.domain.family.Families.ARIA;
import static io.kinrealm.domain.family.Families.ARIAS_FAMILY;
import static io.kinrealm.domain.family.Families.DAWN;
import static io.kinrealm.domain.family.Families.RULES;
import static io.kinrealm.domain.family.Families.ariasFamily;
import static io.kinrealm.domain.family.Families.someone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

class KinTest {
    private static final CharacterId BRAN = someone(1);

    private static Family.Change done(Outcome<Family.Change> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Family.Change>) outcome).value();
    }

    private static Refusal refusal(Outcome<Family.Change> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<Family.Change>) outcome).reason();
    }

    private static Family withKin(CharacterId... characters) {
        Family family = ariasFamily();
        for (CharacterId character : characters) {
            family = done(family.grantKin(ARIA, character, RULES, DAWN)).family();
            family = done(family.acceptKin(character, DAWN)).family();
        }
        return family;
    }

    @Test
    void a_granted_character_may_not_read_the_family_until_it_accepts() {
        Family.Change granted = done(ariasFamily().grantKin(ARIA, BRAN, RULES, DAWN));
        Family.Change accepted = done(granted.family().acceptKin(BRAN, DAWN));

        assertThat(granted.events()).containsExactly(new FamilyEvent.KinGranted(ARIAS_FAMILY, BRAN, DAWN));
        assertThat(granted.family().mayRead(BRAN)).isFalse();
        assertThat(accepted.events()).containsExactly(new FamilyEvent.KinAccepted(ARIAS_FAMILY, BRAN, DAWN));
        assertThat(accepted.family().mayRead(BRAN)).isTrue();
    }

    @Test
    void the_owner_may_always_read_and_a_stranger_never() {
        assertThat(ariasFamily().mayRead(ARIA)).isTrue();
        assertThat(ariasFamily().mayRead(BRAN)).isFalse();
    }

    @Test
    void a_family_may_have_4_kin_and_no_fifth() {
        Family four = withKin(someone(1), someone(2), someone(3), someone(4));

        assertThat(four.kinship().kin()).hasSize(4);
        assertThat(refusal(four.grantKin(ARIA, someone(5), RULES, DAWN))).isEqualTo(Refusal.KIN_LIMIT_REACHED);
    }

    @Test
    void invitations_waiting_for_an_answer_count_against_the_limit() {
        Family family = withKin(someone(1), someone(2), someone(3));
        family = done(family.grantKin(ARIA, someone(4), RULES, DAWN)).family();

        assertThat(refusal(family.grantKin(ARIA, someone(5), RULES, DAWN))).isEqualTo(Refusal.KIN_LIMIT_REACHED);
    }

    @Test
    void a_character_cannot_be_granted_twice() {
        Family invited = done(ariasFamily().grantKin(ARIA, BRAN, RULES, DAWN)).family();

        assertThat(refusal(invited.grantKin(ARIA, BRAN, RULES, DAWN))).isEqualTo(Refusal.ALREADY_KIN);
        assertThat(refusal(withKin(BRAN).grantKin(ARIA, BRAN, RULES, DAWN))).isEqualTo(Refusal.ALREADY_KIN);
    }

    @Test
    void the_owner_cannot_be_kin_of_its_own_family() {
        assertThat(refusal(ariasFamily().grantKin(ARIA, ARIA, RULES, DAWN))).isEqualTo(Refusal.CANNOT_BE_OWN_KIN);
    }

    @Test
    void only_the_owner_may_grant_or_revoke_kin() {
        assertThat(refusal(ariasFamily().grantKin(BRAN, someone(2), RULES, DAWN)))
                .isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(refusal(withKin(someone(2)).revokeKin(BRAN, someone(2), DAWN)))
                .isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void accepting_without_a_grant_is_refused() {
        assertThat(refusal(ariasFamily().acceptKin(BRAN, DAWN))).isEqualTo(Refusal.NOT_INVITED_AS_KIN);
    }

    @Test
    void accepting_twice_is_refused() {
        assertThat(refusal(withKin(BRAN).acceptKin(BRAN, DAWN))).isEqualTo(Refusal.ALREADY_KIN);
    }

    @Test
    void the_owner_may_revoke_an_accepted_kin_who_then_may_no_longer_read() {
        Family.Change revoked = done(withKin(BRAN).revokeKin(ARIA, BRAN, DAWN));

        assertThat(revoked.events()).containsExactly(new FamilyEvent.KinRevoked(ARIAS_FAMILY, BRAN, DAWN));
        assertThat(revoked.family().mayRead(BRAN)).isFalse();
    }

    @Test
    void the_owner_may_withdraw_an_invitation_which_can_then_no_longer_be_accepted() {
        Family invited = done(ariasFamily().grantKin(ARIA, BRAN, RULES, DAWN)).family();
        Family withdrawn = done(invited.revokeKin(ARIA, BRAN, DAWN)).family();

        assertThat(refusal(withdrawn.acceptKin(BRAN, DAWN))).isEqualTo(Refusal.NOT_INVITED_AS_KIN);
    }

    @Test
    void revoking_frees_a_place_for_someone_else() {
        Family four = withKin(someone(1), someone(2), someone(3), someone(4));
        Family three = done(four.revokeKin(ARIA, someone(2), DAWN)).family();

        assertThat(three.grantKin(ARIA, someone(5), RULES, DAWN)).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void revoking_a_stranger_is_refused() {
        assertThat(refusal(ariasFamily().revokeKin(ARIA, BRAN, DAWN))).isEqualTo(Refusal.NOT_KIN);
    }
}
