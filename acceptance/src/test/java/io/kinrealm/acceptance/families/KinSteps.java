package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreateCharacter;
import io.kinrealm.application.family.port.in.AcceptKinUseCase.AcceptKin;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.GrantKinUseCase.GrantKin;
import io.kinrealm.application.family.port.in.RevokeKinUseCase.RevokeKin;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;

/** Kin: the characters a family lets in, at most 4 of them, offered by the head and accepted by the kin. */
public class KinSteps {
    private static final String KINFOLK_PLAYER = "Kinfolk";

    private final World world;
    private final Households households;
    private final List<String> offeredToOthers = new ArrayList<>();

    public KinSteps(World world, Households households) {
        this.world = world;
        this.households = households;
    }

    @Given("{word} has offered kin to {int} other characters")
    public void hasOfferedKinToOthers(String owner, int count) {
        for (int i = 0; i < count; i++) {
            String name = "Kinsman" + (char) ('a' + offeredToOthers.size());
            CreateCharacter birth = new CreateCharacter(world.signedIn(world.player(KINFOLK_PLAYER)).accountId(),
                    name, "terran");
            world.born(name, World.done(world.kinrealm().createCharacter().create(birth)));
            World.done(offer(owner, name));
            offeredToOthers.add(name);
        }
    }

    @Given("{word} has offered kin to {word}")
    public void hasOfferedKin(String owner, String kin) {
        World.done(offer(owner, kin));
    }

    @Given("{word} has accepted kin in {word}'s family")
    public void hasAcceptedKin(String kin, String owner) {
        World.done(accept(kin, owner));
    }

    @Given("{word} has withdrawn one of those offers")
    public void hasWithdrawnAnOffer(String owner) {
        World.done(revoke(owner, offeredToOthers.getFirst()));
    }

    @Given("{word} has revoked {word}'s kin")
    public void hasRevokedKin(String owner, String kin) {
        World.done(revoke(owner, kin));
    }

    @When("{word} offers kin to {word}")
    public void offersKin(String owner, String kin) {
        world.heard(offer(owner, kin));
    }

    @When("{word} accepts kin in {word}'s family")
    public void acceptsKin(String kin, String owner) {
        world.heard(accept(kin, owner));
    }

    @Then("{word} is invited into {word}'s family")
    public void isInvited(String kin, String owner) {
        FamilyDetailsView family = (FamilyDetailsView) World.done(world.lastAnswer());
        assertThat(family.invited()).contains(households.character(kin).toString());
        assertThat(family.kin()).doesNotContain(households.character(kin).toString());
    }

    @Then("{word} is told her/his/their family already has {int} kin")
    public void isToldTheFamilyIsFull(String owner, int limit) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.KIN_LIMIT_REACHED);
        assertThat(refusal.detail()).contains(String.valueOf(limit));
    }

    @Then("{word} is told nobody is their own kin")
    public void isToldNobodyIsTheirOwnKin(String owner) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.CANNOT_BE_OWN_KIN);
    }

    @Then("{word} sees {word}'s family, with {word} among its kin")
    public void seesTheFamilyAsKin(String reader, String owner, String kin) {
        FamilyDetailsView family = (FamilyDetailsView) World.done(world.lastAnswer());
        assertThat(family.owner()).isEqualTo(households.character(owner).toString());
        assertThat(family.bonds()).hasSize(3);
        assertThat(family.kin()).containsExactly(households.character(kin).toString());
    }

    @Then("{word} is kept out of {word}'s family")
    public void isKeptOut(String reader, String owner) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.NOT_YOUR_FAMILY);
    }

    private Outcome<FamilyDetailsView> offer(String owner, String kin) {
        return households.families().grantKin().grant(new GrantKin(households.character(owner),
                households.familyOf(owner), households.character(kin)));
    }

    private Outcome<FamilyDetailsView> accept(String kin, String owner) {
        return households.families().acceptKin().accept(new AcceptKin(households.character(kin),
                households.familyOf(owner)));
    }

    private Outcome<FamilyDetailsView> revoke(String owner, String kin) {
        return households.families().revokeKin().revoke(new RevokeKin(households.character(owner),
                households.familyOf(owner), households.character(kin)));
    }
}
