package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** Flooding: a connection gets 50 requests a second; more are refused, and the player stays connected. */
public class FloodSteps {
    private final Realm realm;
    private List<Optional<String>> answers = List.of();

    public FloodSteps(Realm realm) {
        this.realm = realm;
    }

    @When("{word} sends {int} requests within a second")
    public void sendsRequests(String name, int count) {
        RealmPlayer player = realm.player(name);
        long start = System.nanoTime();
        List<CompletableFuture<?>> sent = IntStream.range(0, count)
                .<CompletableFuture<?>>mapToObj(i -> player.game().ping()).toList();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the time to send them").isLessThan(
                Duration.ofSeconds(1));
        answers = sent.stream().map(reply -> Eventually.refusal(name + "'s request", reply)).toList();
    }

    @Then("some of {word}'s requests are refused as {string}")
    public void someAreRefused(String name, String code) {
        assertThat(answers).as("%s's answers", name).contains(Optional.of(code))
                .contains(Optional.empty())
                .allMatch(answer -> answer.isEmpty() || answer.get().equals(code));
    }

    @Then("{word} is still connected")
    public void isStillConnected(String name) {
        RealmPlayer player = realm.player(name);
        assertThat(player.hearing().closes()).as("how %s's connections ended", name).isEmpty();
        Eventually.until(name + " to be answered again", Eventually.SOON,
                () -> Eventually.refusal(name + "'s ping", player.game().ping()).isEmpty());
    }
}
