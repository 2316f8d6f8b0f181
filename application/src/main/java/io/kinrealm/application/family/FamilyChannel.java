package io.kinrealm.application.family;

import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.divine.DivineEvent;
import io.kinrealm.domain.family.BondPair;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyEvent;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.Map;

/**
 * Tells a family channel what happened to the family and to the alignment of its head. A shift of the dominant
 * faction and a revoked kin are also told to every node on the internal access channel, since faction and family
 * channel membership follow them.
 */
final class FamilyChannel {
    private final EventBus bus;

    FamilyChannel(EventBus bus) {
        this.bus = bus;
    }

    /**
     * Announces a family change; when the bond with Iril changed tier, nodes also learn that its head may read chat
     * differently now (Iril translates from Close on).
     */
    void publish(Family.Change change) {
        change.events().forEach(this::publish);
        if (change.events().stream().anyMatch(event -> event instanceof FamilyEvent.BondTierChanged tier
                && tier.pair() == BondPair.PLAYER_IRIL)) {
            readerChanged(change.family().owner());
        }
    }

    /** Tells every node that the character's comprehension profile may have changed. */
    void readerChanged(CharacterId character) {
        bus.publish(new ChannelEvent(EventNames.READERS_CHANNEL, EventNames.READER_CHANGED, 0,
                Map.of("characterId", character.toString())));
    }

    void publish(FamilyId family, DivineEvent.AlignmentShifted shift) {
        bus.publish(new ChannelEvent(FamilyEventNames.channelOf(family), FamilyEventNames.ALIGNMENT_SHIFTED, 0,
                Map.of("character", shift.characterId().toString(), "from", shift.from().id(),
                        "to", shift.to().id(), "devout", shift.to().devout())));
        bus.publish(new ChannelEvent(EventNames.ACCESS_CHANNEL, EventNames.ACCESS_CHANGED, 0,
                Map.of("characterId", shift.characterId().toString(), "reason", "alignment",
                        "from", shift.from().id(), "to", shift.to().id())));
    }

    private void publish(FamilyEvent event) {
        String family = event.familyId().toString();
        switch (event) {
            case FamilyEvent.BondChanged changed -> send(event, FamilyEventNames.BOND_CHANGED, Map.of(
                    "family", family, "pair", changed.pair().id(), "from", changed.from(), "to", changed.to(),
                    "delta", changed.delta(), "cause", changed.cause().id()));
            case FamilyEvent.BondTierChanged tier -> send(event, FamilyEventNames.TIER_CHANGED, Map.of(
                    "family", family, "pair", tier.pair().id(), "from", tier.from().id(), "to", tier.to().id()));
            case FamilyEvent.KinGranted granted -> kin(event, granted.kin().toString(), "granted");
            case FamilyEvent.KinAccepted accepted -> kin(event, accepted.kin().toString(), "accepted");
            case FamilyEvent.KinRevoked revoked -> {
                kin(event, revoked.kin().toString(), "revoked");
                bus.publish(new ChannelEvent(EventNames.ACCESS_CHANNEL, EventNames.ACCESS_CHANGED, 0,
                        Map.of("characterId", revoked.kin().toString(), "reason", "kin", "family", family)));
            }
            case FamilyEvent.CompanionOrdered ordered -> send(event, FamilyEventNames.COMPANION_ORDERED, Map.of(
                    "family", family, "companion", ordered.companion().id(), "order", ordered.order().id()));
            case FamilyEvent.FamilyFounded founded -> {
                // a family is founded with its character; nobody listens on its channel yet
            }
        }
    }

    private void kin(FamilyEvent event, String kin, String change) {
        send(event, FamilyEventNames.KIN_CHANGED,
                Map.of("family", event.familyId().toString(), "kin", kin, "change", change));
    }

    private void send(FamilyEvent event, String name, Map<String, Object> data) {
        bus.publish(new ChannelEvent(FamilyEventNames.channelOf(event.familyId()), name, 0, data));
    }
}
