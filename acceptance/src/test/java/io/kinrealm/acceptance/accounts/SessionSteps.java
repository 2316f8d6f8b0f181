package io.kinrealm.acceptance.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.Player;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.LogOutUseCase.LogOut;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase.RefreshSession;
import io.kinrealm.application.account.port.in.SessionTokens;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;

/** Sessions: logging in, the 15-minute session pass, renewal tokens good for one use, logging out. */
public class SessionSteps {
    private final World world;

    public SessionSteps(World world) {
        this.world = world;
    }

    @Given("{word} has logged in")
    public void hasLoggedIn(String name) {
        world.logIn(world.player(name));
    }

    @Given("{word} logged in {int} minutes ago")
    public void loggedInMinutesAgo(String name, int minutes) {
        world.logIn(world.player(name));
        world.clock().letPass(Duration.ofMinutes(minutes));
    }

    @Given("{word} has renewed her/his/their session")
    public void hasRenewedTheSession(String name) {
        World.done(renew(world.player(name)));
    }

    @Given("{word} has logged out")
    public void hasLoggedOut(String name) {
        logOut(world.player(name));
    }

    @When("{word} logs out")
    public void logsOut(String name) {
        logOut(world.player(name));
    }

    @When("{word} logs out again")
    public void logsOutAgain(String name) {
        logOut(world.player(name));
    }

    @When("{word} logs in with her/his/their password")
    public void logsInWithThePassword(String name) {
        logIn(world.player(name), name, world.player(name).password());
    }

    @When("{word} logs in as {string} with her/his/their password")
    public void logsInAsWithThePassword(String name, String typedName) {
        logIn(world.player(name), typedName, world.player(name).password());
    }

    @When("{word} logs in with all but the last letter of her/his/their password")
    public void logsInWithAllButTheLastLetter(String name) {
        String password = world.player(name).password();
        logIn(world.player(name), name, password.substring(0, password.length() - 1));
    }

    @When("someone logs in as {string} with the password {string}")
    public void someoneLogsIn(String typedName, String password) {
        world.heard(world.kinrealm().logIn().logIn(new LogIn(typedName, password)));
    }

    @When("{word} renews her/his/their session")
    public void renewsTheSession(String name) {
        renew(world.player(name));
    }

    @When("someone renews a session with {word}'s first renewal token")
    public void someoneRenewsWithTheFirstRenewalToken(String name) {
        String stolen = world.player(name).firstSession().refreshToken();
        world.heard(world.kinrealm().refreshSession().refresh(new RefreshSession(stolen)));
    }

    @When("{word} comes back with her/his/their session pass")
    public void comesBackWithTheSessionPass(String name) {
        String pass = world.player(name).session().orElseThrow().accessToken();
        world.heard(world.kinrealm().authenticate().authenticate(pass));
    }

    @Then("{word} is let in as {string}")
    public void isLetInAs(String name, String username) {
        Object answer = World.done(world.lastAnswer());
        Principal principal = answer instanceof SessionTokens tokens
                ? World.done(world.kinrealm().authenticate().authenticate(tokens.accessToken()))
                : (Principal) answer;
        assertThat(principal.username()).isEqualTo(username);
    }

    @Then("{word} gets a new session pass and a new renewal token")
    public void getsANewSessionPassAndRenewalToken(String name) {
        SessionTokens renewed = (SessionTokens) World.done(world.lastAnswer());
        SessionTokens first = world.player(name).firstSession();
        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(renewed.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(World.done(world.kinrealm().authenticate().authenticate(renewed.accessToken())).username())
                .isEqualTo(name);
    }

    @Then("the player is told {string}")
    public void thePlayerIsTold(String message) {
        Outcome.Rejected<?> refusal = world.lastRefusal();
        assertThat(refusal.reason()).isEqualTo(Refusal.INVALID_CREDENTIALS);
        assertThat(refusal.detail()).isEqualTo(message);
    }

    @Then("they are told the renewal token was already used")
    public void theyAreToldTheRenewalTokenWasAlreadyUsed() {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.REFRESH_TOKEN_REUSED);
    }

    @Then("{word} can no longer renew her/his/their session")
    public void canNoLongerRenew(String name) {
        String token = world.player(name).session().orElseThrow().refreshToken();
        Outcome<SessionTokens> attempt = world.kinrealm().refreshSession().refresh(new RefreshSession(token));
        assertThat(attempt).isInstanceOfSatisfying(Outcome.Rejected.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.INVALID_REFRESH_TOKEN));
    }

    @Then("{word} is told her/his/their session pass is no longer valid")
    public void isToldTheSessionPassIsNoLongerValid(String name) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.INVALID_ACCESS_TOKEN);
    }

    private void logOut(Player player) {
        world.kinrealm().logOut().logOut(new LogOut(player.session().orElseThrow().refreshToken()));
    }

    private void logIn(Player player, String typedName, String password) {
        Outcome<SessionTokens> answer = world.heard(world.kinrealm().logIn().logIn(new LogIn(typedName, password)));
        if (answer instanceof Outcome.Done<SessionTokens> done) {
            player.received(done.value());
        }
    }

    private Outcome<SessionTokens> renew(Player player) {
        String token = player.session().orElseThrow().refreshToken();
        Outcome<SessionTokens> answer = world.heard(
                world.kinrealm().refreshSession().refresh(new RefreshSession(token)));
        if (answer instanceof Outcome.Done<SessionTokens> done) {
            player.received(done.value());
        }
        return answer;
    }
}
