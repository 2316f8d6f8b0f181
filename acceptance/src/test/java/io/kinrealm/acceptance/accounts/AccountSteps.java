package io.kinrealm.acceptance.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.Player;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.nio.charset.StandardCharsets;

/** Opening accounts: names unique ignoring case, passwords of 10 to 72 bytes. */
public class AccountSteps {
    private static final String A_FINE_PASSWORD = "a-fine-password";

    private final World world;

    public AccountSteps(World world) {
        this.world = world;
    }

    @Given("{word} has an account")
    public void hasAnAccount(String name) {
        world.ensureAccount(world.player(name));
    }

    @Given("{word} has an account with the password {string}")
    public void hasAnAccountWithThePassword(String name, String password) {
        Player player = world.player(name);
        player.choosePassword(password);
        world.ensureAccount(player);
    }

    @Given("{word} has an account with a password of {int} {word} letters")
    public void hasAnAccountWithAPasswordOfLetters(String name, int letters, String kind) {
        hasAnAccountWithThePassword(name, LetterPasswords.of(letters, kind));
    }

    @When("{word} opens an account")
    public void opensAnAccount(String name) {
        world.heard(world.openAccount(world.player(name)));
    }

    @When("a newcomer opens an account named {string}")
    public void aNewcomerOpensAnAccountNamed(String username) {
        aNewcomerOpensAnAccountNamedWithThePassword(username, A_FINE_PASSWORD);
    }

    @When("a newcomer opens an account named {string} with the password {string}")
    public void aNewcomerOpensAnAccountNamedWithThePassword(String username, String password) {
        world.heard(world.kinrealm().registerAccount().register(new RegisterAccount(username, password)));
    }

    @When("{word} opens an account with a password of {int} {word} letters, {int} bytes in all")
    public void opensAnAccountWithAPasswordOf(String name, int letters, String kind, int bytes) {
        String password = LetterPasswords.of(letters, kind);
        assertThat(password.getBytes(StandardCharsets.UTF_8)).as("the example's password").hasSize(bytes);
        Player player = world.player(name);
        player.choosePassword(password);
        world.heard(world.openAccount(player));
    }

    @Then("{word}'s account is opened under the name {string}")
    public void accountIsOpenedUnderTheName(String name, String username) {
        AccountView account = (AccountView) World.done(world.lastAnswer());
        assertThat(account.username()).isEqualTo(username);
        assertThat(account.roles()).containsExactly("player");
    }

    @Then("the newcomer is told the account name is taken")
    public void theNewcomerIsToldTheAccountNameIsTaken() {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.USERNAME_TAKEN);
    }

    @Then("the newcomer is told to fix both the name and the password")
    public void theNewcomerIsToldToFixBoth() {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field).containsExactlyInAnyOrder("username", "password");
    }

    @Then("the password is accepted")
    public void thePasswordIsAccepted() {
        assertThat(world.lastAnswer()).isInstanceOf(Outcome.Done.class);
    }

    @Then("the password is refused as too short")
    public void thePasswordIsRefusedAsTooShort() {
        assertPasswordRefusedAs("too_short");
    }

    @Then("the password is refused as too long")
    public void thePasswordIsRefusedAsTooLong() {
        assertPasswordRefusedAs("too_long");
    }

    private void assertPasswordRefusedAs(String code) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.VALIDATION_FAILED);
        assertThat(refusal.fields()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("password", code));
    }
}
