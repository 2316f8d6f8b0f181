package io.kinrealm.domain.family;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A family: one player character with its companions Ashnar and Iril, and the three bonds between them. Every
 * character is created with its family, so a family always has exactly one owner and both companions.
 *
 * <p>Bond changes, kin and neglect decay come with the families capability; this aggregate already holds what a new
 * family starts with so that it is stored from the character's first moment.
 */
public final class Family {
    private final FamilyId id;
    private final CharacterId owner;
    private final Bonds bonds;
    private final Map<Companion, CompanionOrder> orders;
    private final Instant lastInteraction;

    private Family(FamilyId id, CharacterId owner, Bonds bonds, Map<Companion, CompanionOrder> orders,
                   Instant lastInteraction) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.bonds = Objects.requireNonNull(bonds, "bonds");
        this.lastInteraction = Objects.requireNonNull(lastInteraction, "last interaction");
        EnumMap<Companion, CompanionOrder> copy = new EnumMap<>(Companion.class);
        for (Companion companion : Companion.values()) {
            copy.put(companion, Objects.requireNonNull(orders.get(companion), "order of " + companion));
        }
        this.orders = copy;
    }

    /** Founds the family of a character being born: both companions follow, bonds start as the rules say. */
    public static Founding found(FamilyId id, CharacterId owner, FamilyRules rules, Instant now) {
        Family family = new Family(id, owner, rules.startingBonds(),
                Map.of(Companion.ASHNAR, CompanionOrder.FOLLOW, Companion.IRIL, CompanionOrder.FOLLOW), now);
        return new Founding(family, new FamilyEvent.FamilyFounded(id, owner, family.bonds, now));
    }

    /** Rebuilds a family from storage. */
    public static Family restore(FamilyId id, CharacterId owner, Bonds bonds, Map<Companion, CompanionOrder> orders,
                                 Instant lastInteraction) {
        return new Family(id, owner, bonds, orders, lastInteraction);
    }

    /** The family that was founded and the event announcing it. */
    public record Founding(Family family, FamilyEvent.FamilyFounded event) {
    }

    public FamilyId id() {
        return id;
    }

    public CharacterId owner() {
        return owner;
    }

    public Bonds bonds() {
        return bonds;
    }

    public CompanionOrder orderOf(Companion companion) {
        return orders.get(companion);
    }

    public Instant lastInteraction() {
        return lastInteraction;
    }
}
