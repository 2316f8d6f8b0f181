package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.AcceptKinUseCase.AcceptKin;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.GrantKinUseCase.GrantKin;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase.ReadFamily;
import io.kinrealm.application.family.port.in.RevokeKinUseCase.RevokeKin;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KinTest {
    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");
    private final Character brenn = world.born("Brenn", "solari");
    private final Character cael = world.born("Cael", "sylvan");

    private Outcome<FamilyDetailsView> grant(Character by, Character kin) {
        return world.family.grant(new GrantKin(by.id(), aria.familyId(), kin.id()));
    }

    private Outcome<FamilyDetailsView> accept(Character kin, FamilyId family) {
        return world.family.accept(new AcceptKin(kin.id(), family));
    }

    private Outcome<FamilyDetailsView> revoke(Character by, Character kin) {
        return world.family.revoke(new RevokeKin(by.id(), aria.familyId(), kin.id()));
    }

    private Outcome<FamilyDetailsView> read(Character reader) {
        return world.family.read(new ReadFamily(reader.id(), aria.familyId()));
    }

    @Test
    void an_invited_character_reads_the_family_only_once_it_accepted() {
        assertThat(done(grant(aria, brenn)).invited()).containsExactly(brenn.id().toString());
        assertThat(rejected(read(brenn)).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);

        FamilyDetailsView accepted = done(accept(brenn, aria.familyId()));

        assertThat(accepted.kin()).containsExactly(brenn.id().toString());
        assertThat(accepted.invited()).isEmpty();
        assertThat(done(read(brenn)).owner()).isEqualTo(aria.id().toString());
        assertThat(rejected(read(cael)).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void granting_accepting_and_revoking_kin_is_announced_on_the_family_channel() {
        done(grant(aria, brenn));
        done(accept(brenn, aria.familyId()));
        done(revoke(aria, brenn));

        assertThat(world.onChannelOf(aria)).extracting(ChannelEvent::name, e -> e.data().get("kin"),
                e -> e.data().get("change")).containsExactly(
                tuple(FamilyEventNames.KIN_CHANGED, brenn.id().toString(), "granted"),
                tuple(FamilyEventNames.KIN_CHANGED, brenn.id().toString(), "accepted"),
                tuple(FamilyEventNames.KIN_CHANGED, brenn.id().toString(), "revoked"));
    }

    @Test
    void revoking_kin_tells_every_node_that_the_character_lost_a_channel() {
        done(grant(aria, brenn));
        done(accept(brenn, aria.familyId()));
        assertThat(world.bus.publishedOn(EventNames.ACCESS_CHANNEL)).isEmpty();

        done(revoke(aria, brenn));

        assertThat(world.bus.publishedOn(EventNames.ACCESS_CHANNEL)).extracting(ChannelEvent::name,
                ChannelEvent::data).containsExactly(tuple(EventNames.ACCESS_CHANGED, Map.of(
                "characterId", brenn.id().toString(), "reason", "kin", "family", aria.familyId().toString())));
    }

    @Test
    void revoked_kin_can_no_longer_read_the_family() {
        done(grant(aria, brenn));
        done(accept(brenn, aria.familyId()));

        assertThat(done(revoke(aria, brenn)).kin()).isEmpty();
        assertThat(rejected(read(brenn)).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void only_the_head_of_the_family_grants_or_revokes_kin() {
        done(grant(aria, cael));

        assertThat(rejected(grant(brenn, brenn)).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(rejected(revoke(brenn, cael)).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
        assertThat(rejected(world.family.grant(new GrantKin(aria.id(), new FamilyId(UUID.randomUUID()),
                brenn.id()))).reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    @Test
    void kin_must_be_an_existing_other_character_not_let_in_yet() {
        done(grant(aria, brenn));

        assertThat(rejected(world.family.grant(new GrantKin(aria.id(), aria.familyId(),
                new CharacterId(UUID.randomUUID())))).reason()).isEqualTo(Refusal.CHARACTER_NOT_FOUND);
        assertThat(rejected(grant(aria, aria)).reason()).isEqualTo(Refusal.CANNOT_BE_OWN_KIN);
        assertThat(rejected(grant(aria, brenn)).reason()).isEqualTo(Refusal.ALREADY_KIN);
        assertThat(rejected(revoke(aria, cael)).reason()).isEqualTo(Refusal.NOT_KIN);
    }

    @Test
    void a_family_lets_in_four_kin_invitations_included_and_refuses_the_fifth() {
        for (String name : new String[] {"Dara", "Eryn", "Fenn", "Gale"}) {
            done(grant(aria, world.born(name, "terran")));
        }

        assertThat(rejected(grant(aria, brenn)).reason()).isEqualTo(Refusal.KIN_LIMIT_REACHED);
    }

    @Test
    void accepting_without_an_invitation_is_refused_whether_or_not_the_family_exists() {
        Outcome.Rejected<FamilyDetailsView> uninvited = rejected(accept(brenn, aria.familyId()));
        Outcome.Rejected<FamilyDetailsView> unknown = rejected(accept(brenn, new FamilyId(UUID.randomUUID())));

        assertThat(uninvited.reason()).isEqualTo(Refusal.NOT_INVITED_AS_KIN);
        assertThat(unknown.reason()).isEqualTo(Refusal.NOT_INVITED_AS_KIN);
        assertThat(world.bus.published()).isEmpty();
    }
}
