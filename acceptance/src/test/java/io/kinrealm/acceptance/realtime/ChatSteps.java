package io.kinrealm.acceptance.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Talking on channels: joining rooms, saying lines, and hearing them, in the order they were said. */
public class ChatSteps {
    private final Realm realm;
    private final Map<String, String> lastSaid = new HashMap<>();

    public ChatSteps(Realm realm) {
        this.realm = realm;
    }

    @Given("{word} and {word} are in the {string} room")
    public void bothAreInTheRoom(String first, String second, String room) {
        realm.player(first).join(Channels.room(room));
        realm.player(second).join(Channels.room(room));
    }

    @Given("{word} is in the {string} room")
    public void isInTheRoom(String name, String room) {
        realm.player(name).join(Channels.room(room));
    }

    @When("{word} says {string} in the {string} room")
    public void says(String name, String text, String room) {
        realm.player(name).say(Channels.room(room), text);
        lastSaid.put(name, text);
    }

    @When("{word} says these lines in the {string} room:")
    public void saysTheseLines(String name, String room, List<String> lines) {
        lines.forEach(line -> realm.player(name).say(Channels.room(room), line));
    }

    @Then("{word} hears {word} say {string} in the {string} room")
    public void hearsSay(String listener, String speaker, String text, String room) {
        Hearing hearing = realm.player(listener).hearing();
        Eventually.until(listener + " to hear " + speaker + " say \"" + text + "\"", Eventually.SOON,
                () -> hearing.linesFrom(speaker).stream()
                        .anyMatch(line -> line.text().equals(text) && line.channel().equals(Channels.room(room))));
    }

    @Then("{word} hears her/his/their own words echoed back")
    public void hearsOwnWords(String name) {
        assertThat(lastSaid).as("what %s said", name).containsKey(name);
        Hearing hearing = realm.player(name).hearing();
        Eventually.until(name + " to hear " + lastSaid.get(name) + " echoed", Eventually.SOON,
                () -> hearing.linesFrom(name).stream().anyMatch(line -> line.text().equals(lastSaid.get(name))));
    }

    @Then("{word} hears these lines from {word}, in this order:")
    public void hearsTheseLines(String listener, String speaker, List<String> lines) {
        Hearing hearing = realm.player(listener).hearing();
        Eventually.until(listener + " to hear " + lines.size() + " lines from " + speaker, Eventually.SOON,
                () -> hearing.linesFrom(speaker).size() >= lines.size());
        assertThat(hearing.linesFrom(speaker)).extracting(Hearing.ChatLine::text).containsExactlyElementsOf(lines);
    }
}
