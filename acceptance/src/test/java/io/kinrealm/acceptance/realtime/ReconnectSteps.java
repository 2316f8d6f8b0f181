package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.adapters.client.CloseInfo;
import io.kinrealm.adapters.client.ResumeResult;
import java.util.List;

/**
 * A connection that drops and comes back: the network under the player's client is cut, the client notices and keeps
 * trying, and once the network is back it reconnects and resumes every channel by itself.
 */
public class ReconnectSteps {
    private final Realm realm;
    private int resumesBeforeTheDrop;

    public ReconnectSteps(Realm realm) {
        this.realm = realm;
    }

    @Given("{word}'s connection drops")
    public void connectionDrops(String name) {
        GameClient client = realm.player(name).client();
        int closesBefore = client.hearing().closes().size();
        resumesBeforeTheDrop = client.hearing().resumeCount();
        client.line().cut();
        CloseInfo drop = Eventually.within(name + "'s client to notice the drop", Eventually.SOON,
                () -> client.hearing().closes().stream().skip(closesBefore).findFirst());
        assertThat(drop.reconnecting()).as("%s's client reconnects by itself after %s", name, drop).isTrue();
    }

    @Given("{word} says these lines in the {string} room while {word} is away:")
    public void saysWhileAway(String name, String room, String absent, List<String> lines) {
        assertThat(realm.player(absent).game().isConnected()).as("%s is away", absent).isFalse();
        lines.forEach(line -> realm.player(name).say(Channels.room(room), line));
        assertThat(realm.player(absent).game().isConnected()).as("%s is still away", absent).isFalse();
    }

    @When("{word} comes back")
    public void comesBack(String name) {
        RealmPlayer player = realm.player(name);
        GameClient client = player.client();
        client.line().restore();
        for (String channel : player.channels()) {
            ResumeResult resumed = Eventually.within(name + "'s client to resume " + channel, Eventually.SOON,
                    () -> client.hearing().resumeSince(resumesBeforeTheDrop, channel));
            assertThat(resumed.recovered()).as("everything missed on %s was replayed: %s", channel, resumed).isTrue();
        }
        Eventually.until(name + "'s client to be back", Eventually.SOON, client.client()::isConnected);
    }

    @Then("{word} hears no line twice")
    public void hearsNoLineTwice(String name) {
        List<Hearing.ChatLine> heard = realm.player(name).hearing().lines();
        assertThat(heard).extracting(Hearing.ChatLine::channel, Hearing.ChatLine::seq).doesNotHaveDuplicates();
        assertThat(heard).extracting(Hearing.ChatLine::speaker, Hearing.ChatLine::text).doesNotHaveDuplicates();
    }
}
