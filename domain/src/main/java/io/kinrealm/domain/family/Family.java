package io.kinrealm.domain.family;

import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A family: one player character with its companions Ashnar and Iril, the three bonds between them, and the other
 * characters it let in as kin. Every character is created with its family, so a family always has exactly one owner
 * and both companions.
 *
 * <p>Bonds move through bond events ({@link #apply}) and fade through neglect, which is computed from the clock when
 * read ({@link #bondsAt}) and made real when the next bond event settles it. Only bond events count as family
 * interaction; orders and kin changes do not. The owner grants kin, the invited character accepts, and the owner may
 * revoke an offer or an accepted kin; offers waiting for an answer count against the kin limit.
 */
public final class Family {
    private final FamilyId id;
    private final CharacterId owner;
    private final Bonds bonds;
    private final Map<Companion, CompanionOrder> orders;
    private final Instant lastInteraction;
    private final Kinship kinship;

    private Family(FamilyId id, CharacterId owner, Bonds bonds, Map<Companion, CompanionOrder> orders,
                   Instant lastInteraction, Kinship kinship) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.bonds = Objects.requireNonNull(bonds, "bonds");
        this.lastInteraction = Objects.requireNonNull(lastInteraction, "last interaction");
        this.kinship = Objects.requireNonNull(kinship, "kinship");
        if (kinship.includes(owner)) {
            throw new IllegalArgumentException("the owner cannot be kin of its own family");
        }
        EnumMap<Companion, CompanionOrder> copy = new EnumMap<>(Companion.class);
        for (Companion companion : Companion.values()) {
            copy.put(companion, Objects.requireNonNull(orders.get(companion), "order of " + companion));
        }
        this.orders = copy;
    }

    /** Founds the family of a character being born: both companions follow, bonds start as the rules say. */
    public static Founding found(FamilyId id, CharacterId owner, FamilyRules rules, Instant now) {
        Family family = new Family(id, owner, rules.startingBonds(),
                Map.of(Companion.ASHNAR, CompanionOrder.FOLLOW, Companion.IRIL, CompanionOrder.FOLLOW), now,
                Kinship.none());
        return new Founding(family, new FamilyEvent.FamilyFounded(id, owner, family.bonds, now));
    }

    /** Rebuilds a family without kin from storage. */
    public static Family restore(FamilyId id, CharacterId owner, Bonds bonds, Map<Companion, CompanionOrder> orders,
                                 Instant lastInteraction) {
        return restore(id, owner, bonds, orders, lastInteraction, Kinship.none());
    }

    /** Rebuilds a family from storage, with the characters it let in. */
    public static Family restore(FamilyId id, CharacterId owner, Bonds bonds, Map<Companion, CompanionOrder> orders,
                                 Instant lastInteraction, Kinship kinship) {
        return new Family(id, owner, bonds, orders, lastInteraction, kinship);
    }

    /** The family that was founded and the event announcing it. */
    public record Founding(Family family, FamilyEvent.FamilyFounded event) {
    }

    /** A decision's result: the family as it now is, and what happened, in order. */
    public record Change(Family family, List<FamilyEvent> events) {
        public Change {
            Objects.requireNonNull(family, "family");
            events = List.copyOf(events);
        }
    }

    /** The bonds as they stand at {@code now}, once neglect since the last interaction has taken its toll. */
    public Bonds bondsAt(FamilyRules rules, Instant now) {
        return rules.neglect().decay(bonds, lastInteraction, now);
    }

    /** The tier of one bond at {@code now}. */
    public BondTier tierAt(BondPair pair, FamilyRules rules, Instant now) {
        return rules.tierOf(bondsAt(rules, now).of(pair));
    }

    /** What the family's bonds unlock at {@code now}. */
    public Set<FamilyEffect> effectsAt(FamilyRules rules, Instant now) {
        return TierEffects.unlockedBy(bondsAt(rules, now), rules);
    }

    /** The bonus on a pair's cooperative actions at {@code now}, as a fraction (0.10 for +10%). */
    public double cooperativeBonus(BondPair pair, FamilyRules rules, Instant now) {
        return TierEffects.cooperativeBonus(bondsAt(rules, now), pair, rules);
    }

    /**
     * A bond event happened at {@code now}: neglect up to now is settled first (announced with cause NEGLECT), then
     * the event moves the pairs it concerns, and {@code now} becomes the last family interaction.
     */
    public Change apply(BondEvent event, FamilyRules rules, Instant now) {
        Bonds settled = bondsAt(rules, now);
        Bonds moved = BondLedger.apply(settled, event, rules);
        List<FamilyEvent> events = new ArrayList<>(
                BondLedger.between(id, bonds, settled, BondCause.NEGLECT, rules, now));
        events.addAll(BondLedger.between(id, settled, moved, event.cause(), rules, now));
        Instant interaction = now.isAfter(lastInteraction) ? now : lastInteraction;
        return new Change(new Family(id, owner, moved, orders, interaction, kinship), events);
    }

    /** The owner offers kin access to another character, who still has to accept it. */
    public Outcome<Change> grantKin(CharacterId by, CharacterId kin, FamilyRules rules, Instant now) {
        if (!owner.equals(by)) {
            return Outcome.rejected(Refusal.NOT_YOUR_FAMILY, "Only the head of the family may grant kin.");
        }
        if (owner.equals(kin)) {
            return Outcome.rejected(Refusal.CANNOT_BE_OWN_KIN, "A character cannot be kin of its own family.");
        }
        if (kinship.includes(kin)) {
            return Outcome.rejected(Refusal.ALREADY_KIN, "This character is already kin or invited.");
        }
        if (kinship.size() >= rules.maxKin()) {
            return Outcome.rejected(Refusal.KIN_LIMIT_REACHED,
                    "A family may have at most " + rules.maxKin() + " kin, invitations included.");
        }
        return Outcome.done(withKinship(kinship.inviting(kin), new FamilyEvent.KinGranted(id, kin, now)));
    }

    /** The invited character accepts the kin access offered to it. */
    public Outcome<Change> acceptKin(CharacterId kin, Instant now) {
        if (kinship.kin().contains(kin)) {
            return Outcome.rejected(Refusal.ALREADY_KIN, "This character is already kin.");
        }
        if (!kinship.invited().contains(kin)) {
            return Outcome.rejected(Refusal.NOT_INVITED_AS_KIN, "This family has not offered kin access to you.");
        }
        return Outcome.done(withKinship(kinship.accepting(kin), new FamilyEvent.KinAccepted(id, kin, now)));
    }

    /** The owner withdraws a character's kin access, whether still offered or already accepted. */
    public Outcome<Change> revokeKin(CharacterId by, CharacterId kin, Instant now) {
        if (!owner.equals(by)) {
            return Outcome.rejected(Refusal.NOT_YOUR_FAMILY, "Only the head of the family may revoke kin.");
        }
        if (!kinship.includes(kin)) {
            return Outcome.rejected(Refusal.NOT_KIN, "This character is neither kin nor invited.");
        }
        return Outcome.done(withKinship(kinship.without(kin), new FamilyEvent.KinRevoked(id, kin, now)));
    }

    /** The owner and accepted kin may read the family; invited characters may not until they accept. */
    public boolean mayRead(CharacterId reader) {
        return owner.equals(reader) || kinship.kin().contains(reader);
    }

    /** The owner tells a companion to follow or stay; repeating the current order changes nothing. */
    public Outcome<Change> order(CharacterId by, Companion companion, CompanionOrder order, Instant now) {
        if (!owner.equals(by)) {
            return Outcome.rejected(Refusal.NOT_YOUR_FAMILY, "Only the head of the family may give orders.");
        }
        if (orders.get(companion) == order) {
            return Outcome.done(new Change(this, List.of()));
        }
        Map<Companion, CompanionOrder> changed = new EnumMap<>(orders);
        changed.put(companion, order);
        return Outcome.done(new Change(new Family(id, owner, bonds, changed, lastInteraction, kinship),
                List.of(new FamilyEvent.CompanionOrdered(id, companion, order, now))));
    }

    /**
     * Whose positions family tracking needs: the head, each companion told to stay (a following one stands where its
     * player does), and every accepted kin. Invited characters are not tracked until they accept.
     */
    public List<Locatable> tracked() {
        List<Locatable> tracked = new ArrayList<>();
        tracked.add(Locatable.character(owner));
        for (Companion companion : Companion.values()) {
            if (orders.get(companion) == CompanionOrder.STAY) {
                tracked.add(Locatable.companion(id, companion));
            }
        }
        kinship.kin().stream().sorted(Comparator.comparing(CharacterId::toString))
                .forEach(kin -> tracked.add(Locatable.character(kin)));
        return tracked;
    }

    /**
     * Where the family's circle stands, from the positions known of {@link #tracked()}: the head, Ashnar and Iril
     * (with their player when following, where they were told to stay otherwise), then the kin. Whoever has no
     * known position is left out.
     */
    public List<FamilyPosition> whereabouts(Map<Locatable, Position> known) {
        List<FamilyPosition> positions = new ArrayList<>();
        Position head = known.get(Locatable.character(owner));
        if (head != null) {
            positions.add(new FamilyPosition(FamilyPosition.Who.CHARACTER, owner, head));
        }
        for (Companion companion : Companion.values()) {
            Position where = orders.get(companion) == CompanionOrder.FOLLOW ? head
                    : known.get(Locatable.companion(id, companion));
            if (where != null) {
                positions.add(new FamilyPosition(FamilyPosition.Who.of(companion), owner, where));
            }
        }
        kinship.kin().stream().sorted(Comparator.comparing(CharacterId::toString)).forEach(kin -> {
            Position where = known.get(Locatable.character(kin));
            if (where != null) {
                positions.add(new FamilyPosition(FamilyPosition.Who.KIN, kin, where));
            }
        });
        return positions;
    }

    private Change withKinship(Kinship changed, FamilyEvent event) {
        return new Change(new Family(id, owner, bonds, orders, lastInteraction, changed), List.of(event));
    }

    public FamilyId id() {
        return id;
    }

    public CharacterId owner() {
        return owner;
    }

    /** The bonds as stored at the last interaction; use {@link #bondsAt} for what they are now. */
    public Bonds bonds() {
        return bonds;
    }

    public CompanionOrder orderOf(Companion companion) {
        return orders.get(companion);
    }

    public Instant lastInteraction() {
        return lastInteraction;
    }

    public Kinship kinship() {
        return kinship;
    }
}
