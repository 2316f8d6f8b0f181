package io.kinrealm.acceptance.families;

import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a family's members hear on its channel from the moment a scenario starts listening: the glue listens just
 * before the scenario's action, so the Then steps judge what that action announced. Family tracking listens to every
 * family of the scenario, each once; an event's channel tells which family heard it.
 */
public final class FamilyHearing {
    private final World world;
    private final Households households;
    private final List<ChannelEvent> heard = new CopyOnWriteArrayList<>();
    private final Set<String> channels = new HashSet<>();

    public FamilyHearing(World world, Households households) {
        this.world = world;
        this.households = households;
    }

    /** Starts listening to the channel of the family headed by {@code owner}, unless already listening to it. */
    public void listenTo(String owner) {
        String channel = FamilyEventNames.channelOf(households.familyOf(owner));
        if (!channels.add(channel)) {
            return;
        }
        world.listen(channel, new EventBus.Listener() {
            @Override
            public void onEvent(ChannelEvent event) {
                heard.add(event);
            }

            @Override
            public void onPossibleLoss(String channel) {
                throw new AssertionError("the in-memory bus never loses events");
            }
        });
    }

    /** The events of that name heard so far, in order. */
    public List<ChannelEvent> heard(String name) {
        return heard.stream().filter(event -> event.name().equals(name)).toList();
    }
}
