package io.kinrealm.acceptance.divine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.kinrealm.acceptance.World;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.AuditEntryView;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase.ReadAuditLog;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase.TriggerIntervention;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Operators call on a faction's god; the faction's followers hear it on their channel, and the audit log keeps it. */
public class InterventionSteps {
    private static final String WORLD = "the world";
    private static final String REGION = "region ";

    private final World world;
    private final List<ChannelEvent> heard = new CopyOnWriteArrayList<>();
    private final List<EventBus.Subscription> listening = new ArrayList<>();
    private Principal operator;

    public InterventionSteps(World world) {
        this.world = world;
    }

    @After
    public void stopListening() {
        listening.forEach(EventBus.Subscription::close);
    }

    @Given("{word} is an operator of the world")
    public void isAnOperator(String name) {
        operator = new Principal(new AccountId(UUID.randomUUID()), name, Set.of(Role.PLAYER, Role.OPERATOR),
                new LoginId(UUID.randomUUID()));
    }

    @When("{word} calls on the god of {word} over {string}")
    public void callsOnTheGod(String name, String faction, String where) {
        Principal caller = operator != null && operator.username().equals(name) ? operator
                : world.signedIn(world.player(name));
        for (String channel : List.of("faction:order", "faction:chaos", "faction:void")) {
            listening.add(world.listen(channel, new EventBus.Listener() {
                @Override
                public void onEvent(ChannelEvent event) {
                    heard.add(event);
                }

                @Override
                public void onPossibleLoss(String lost) {
                    // one process, one bus: nothing is lost
                }
            }));
        }
        world.heard(world.kinrealm().families().triggerIntervention().trigger(
                new TriggerIntervention(caller, faction.toLowerCase(Locale.ROOT), region(where))));
    }

    @Then("the followers of {word} hear of {word} over {string}")
    public void followersHear(String faction, String intervention, String where) {
        World.done(world.lastAnswer());
        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.channel()).isEqualTo("faction:" + faction.toLowerCase(Locale.ROOT));
            assertThat(event.name()).isEqualTo("divine.intervention");
            assertThat(event.data().get("intervention")).isEqualTo(intervention.toLowerCase(Locale.ROOT));
            assertThat(event.data().get("scope")).isEqualTo(region(where) == null ? "world" : "region");
            assertThat(event.data().get("region")).isEqualTo(region(where));
        });
    }

    @Then("the audit log shows {word} calling on {word} over {string}")
    public void auditLogShows(String name, String faction, String where) {
        List<AuditEntryView> entries = World.done(world.kinrealm().auditLog().read(new ReadAuditLog(operator, 10)))
                .entries();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actorUsername()).isEqualTo(name);
            assertThat(entry.action()).isEqualTo("divine.intervention");
            assertThat(entry.target()).isEqualTo(faction.toLowerCase(Locale.ROOT));
            assertThat(entry.detail()).isEqualTo(region(where) == null ? "world" : region(where));
        });
    }

    @Then("{word} is told only operators may call on the gods, and nobody hears anything")
    public void toldOnlyOperators(String name) {
        assertThat(world.lastRefusal().reason()).isEqualTo(Refusal.OPERATORS_ONLY);
        assertThat(heard).isEmpty();
    }

    /** "the world" is no region; "region 5.12" is the section 5.12. */
    private static String region(String where) {
        if (where.equals(WORLD)) {
            return null;
        }
        if (!where.startsWith(REGION)) {
            throw new AssertionError("a god intervenes over \"the world\" or over \"region <path>\", not " + where);
        }
        return where.substring(REGION.length());
    }
}
