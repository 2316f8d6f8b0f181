package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.port.in.AcceptKinUseCase.AcceptKin;
import io.kinrealm.application.family.port.in.GrantKinUseCase.GrantKin;
import io.kinrealm.application.family.port.in.RevokeKinUseCase.RevokeKin;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

class FamilyChannelTest {
    private final FamilyWorld world = new FamilyWorld();
    private final GameChannelAccess access = new GameChannelAccess(world.families, world.devotions,
            world.rules.divine());
    private final Character aria = world.born("Aria", "drakari");
    private final Character brenn = world.born("Brenn", "solari");
    private final Character cael = world.born("Cael", "sylvan");
    private final String ariasChannel = "family:" + aria.familyId();

    private static boolean mayJoin(GameChannelAccess policy, Character character, String channel) {
        Outcome<ChannelName> outcome = policy.mayJoin(character, ChannelName.parse(channel).orElseThrow());
        if (outcome instanceof Outcome.Rejected<ChannelName> refused) {
            assertThat(refused.reason()).isEqualTo(Refusal.CHANNEL_FORBIDDEN);
            return false;
        }
        return true;
    }

    @Test
    void accepted_kin_may_join_the_family_channel_but_an_invited_character_only_once_it_accepted() {
        done(world.family.grant(new GrantKin(aria.id(), aria.familyId(), brenn.id())));
        assertThat(mayJoin(access, brenn, ariasChannel)).isFalse();

        done(world.family.accept(new AcceptKin(brenn.id(), aria.familyId())));

        assertThat(mayJoin(access, brenn, ariasChannel)).isTrue();
        assertThat(mayJoin(access, aria, ariasChannel)).isTrue();
    }

    @Test
    void a_stranger_may_not_join_a_family_channel_and_revoked_kin_no_longer_may() {
        done(world.family.grant(new GrantKin(aria.id(), aria.familyId(), brenn.id())));
        done(world.family.accept(new AcceptKin(brenn.id(), aria.familyId())));
        assertThat(mayJoin(access, cael, ariasChannel)).isFalse();

        done(world.family.revoke(new RevokeKin(aria.id(), aria.familyId(), brenn.id())));

        assertThat(mayJoin(access, brenn, ariasChannel)).isFalse();
    }

    @Test
    void without_a_family_store_a_family_channel_stays_its_owners_alone() {
        done(world.family.grant(new GrantKin(aria.id(), aria.familyId(), brenn.id())));
        done(world.family.accept(new AcceptKin(brenn.id(), aria.familyId())));

        GameChannelAccess ownerOnly = new GameChannelAccess(world.devotions, world.rules.divine());

        assertThat(mayJoin(ownerOnly, aria, ariasChannel)).isTrue();
        assertThat(mayJoin(ownerOnly, brenn, ariasChannel)).isFalse();
    }
}
