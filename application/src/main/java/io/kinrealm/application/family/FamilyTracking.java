package io.kinrealm.application.family;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.application.family.port.in.FlushPositionsUseCase;
import io.kinrealm.application.family.port.in.ReportPositionUseCase;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyEvent;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.MapRules;
import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.map.ReportQuota;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Family tracking on one node: takes the position reports of the characters connected here (at most the rule book's
 * number a second each), keeps them in {@link Positions} where every node reads them, and on each flush sends every
 * family whose circle moved one {@code family.positions} event with where its whole circle stands. A character's
 * move concerns its own family and every family that accepted it as kin.
 *
 * <p>Which families a character's moves concern is remembered for {@link #AUDIENCE_LIFETIME}, so a character moving
 * ten times a second does not cost a store read each time, and the characters of one batch that need reading are
 * read together. A kin change or order made on this node is seen at once;
 * one made on another node within that second (a revoked kin's position may reach the family's channel for up to one
 * more second).
 */
final class FamilyTracking implements ReportPositionUseCase, FlushPositionsUseCase {
    static final Duration AUDIENCE_LIFETIME = Duration.ofSeconds(1);

    private final FamilyLookup lookup;
    private final Families families;
    private final Characters characters;
    private final Positions positions;
    private final EventBus bus;
    private final GameClock clock;
    private final MapRules rules;
    private final ConcurrentMap<CharacterId, ReportQuota> quotas = new ConcurrentHashMap<>();
    private final Set<CharacterId> moved = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<FamilyId, Family> changed = new ConcurrentHashMap<>();
    private final ConcurrentMap<CharacterId, Audience> audiences = new ConcurrentHashMap<>();
    private final ConcurrentMap<FamilyId, Sent> lastSent = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.EPOCH;

    FamilyTracking(FamilyLookup lookup, Families families, Characters characters, Positions positions, EventBus bus,
                   GameClock clock, MapRules rules) {
        this.lookup = lookup;
        this.families = families;
        this.characters = characters;
        this.positions = positions;
        this.bus = bus;
        this.clock = clock;
        this.rules = rules;
    }

    /** The families a character's moves are shown to, as read at some moment. */
    private record Audience(List<Family> families, Instant readAt) {
    }

    /** The picture a family was last sent, and when. */
    private record Sent(FamilyPositionsView view, Instant at) {
    }

    @Override
    public Outcome<PositionReport> report(ReportPosition command) {
        return Position.of(command.section(), command.x(), command.y(), rules).map(position -> {
            Instant now = clock.now();
            boolean[] taken = {false};
            quotas.compute(command.character(), (character, quota) -> {
                Optional<ReportQuota> next = (quota == null ? ReportQuota.fresh(now) : quota).take(now, rules);
                taken[0] = next.isPresent();
                return next.orElse(quota);
            });
            if (taken[0]) {
                positions.put(Locatable.character(command.character()), position);
                moved.add(command.character());
            }
            return new PositionReport(taken[0]);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>When a store or the event bus fails, what could not be sent is kept for the next flush and the failure is
     * thrown. When only the look-up of the movers' families fails, the families already due (orders, kin changes)
     * still go out and the movers wait for the next flush.
     */
    @Override
    public int flush() {
        Instant now = clock.now();
        Map<FamilyId, Family> due = new LinkedHashMap<>();
        for (FamilyId id : List.copyOf(changed.keySet())) {
            Family family = changed.remove(id);
            if (family != null) {
                due.put(id, family);
            }
        }
        RuntimeException failure = null;
        List<CharacterId> movers = List.copyOf(moved);
        moved.removeAll(movers);
        try {
            audiencesOf(movers, now).forEach(family -> due.putIfAbsent(family.id(), family));
        } catch (RuntimeException e) {
            moved.addAll(movers);
            failure = e;
        }
        int sent;
        try {
            sent = send(due.values(), now);
        } catch (RuntimeException e) {
            due.forEach(changed::putIfAbsent);
            throw e;
        }
        sweep(now);
        if (failure != null) {
            throw failure;
        }
        return sent;
    }

    /**
     * Reads where every due family's circle stands in one round trip and publishes them together, leaving out a
     * family whose picture is the one it was last sent (a report taken while the previous batch was being read).
     */
    private int send(Collection<Family> due, Instant now) {
        Set<Locatable> wanted = new LinkedHashSet<>();
        due.forEach(family -> wanted.addAll(family.tracked()));
        Map<Locatable, Position> known = new HashMap<>(wanted.isEmpty() ? Map.of() : positions.find(wanted));
        List<ChannelEvent> events = new ArrayList<>();
        Map<FamilyId, Sent> sent = new LinkedHashMap<>();
        for (Family family : due) {
            FamilyPositionsView view = picture(family, known);
            Sent before = lastSent.get(family.id());
            if (view.positions().isEmpty() || (before != null && before.view().equals(view))) {
                continue;
            }
            events.add(new ChannelEvent(FamilyEventNames.channelOf(family.id()), FamilyEventNames.POSITIONS, 0,
                    view.asData()));
            sent.put(family.id(), new Sent(view, now));
        }
        bus.publishAll(events);
        lastSent.putAll(sent);
        return events.size();
    }

    /** Where the family's circle stands now: the picture a batch sends, read for one family. */
    FamilyPositionsView picture(Family family) {
        return picture(family, new HashMap<>(positions.find(family.tracked())));
    }

    private FamilyPositionsView picture(Family family, Map<Locatable, Position> known) {
        anchorUnplacedCompanions(family, known);
        return FamilyViews.positions(family, family.whereabouts(known));
    }

    @Override
    public Duration interval() {
        return rules.batchInterval();
    }

    /**
     * What a family change means for tracking: a companion told to stay keeps the place its player stands at (one
     * told to follow has none of its own), and a kin accepted or revoked changes whom moves are shown to. The family's
     * circle is sent again at the next flush.
     */
    void follow(Family.Change change) {
        boolean concerned = false;
        for (FamilyEvent event : change.events()) {
            switch (event) {
                case FamilyEvent.CompanionOrdered ordered -> {
                    place(change.family(), ordered);
                    concerned = true;
                }
                case FamilyEvent.KinAccepted accepted -> {
                    audiences.remove(accepted.kin());
                    concerned = true;
                }
                case FamilyEvent.KinRevoked revoked -> {
                    audiences.remove(revoked.kin());
                    concerned = true;
                }
                default -> {
                }
            }
        }
        if (concerned) {
            audiences.remove(change.family().owner());
            changed.put(change.family().id(), change.family());
        }
    }

    /**
     * A companion told to stay before its player's position was known stays where the player first appears: it was
     * standing with the player all along.
     */
    private void anchorUnplacedCompanions(Family family, Map<Locatable, Position> known) {
        Position head = known.get(Locatable.character(family.owner()));
        if (head == null) {
            return;
        }
        for (Companion companion : Companion.values()) {
            Locatable staying = Locatable.companion(family.id(), companion);
            if (family.orderOf(companion) == CompanionOrder.STAY && !known.containsKey(staying)) {
                positions.put(staying, head);
                known.put(staying, head);
            }
        }
    }

    private void place(Family family, FamilyEvent.CompanionOrdered ordered) {
        Locatable companion = Locatable.companion(family.id(), ordered.companion());
        if (ordered.order() == CompanionOrder.FOLLOW) {
            positions.remove(companion);
            return;
        }
        Locatable head = Locatable.character(family.owner());
        Optional.ofNullable(positions.find(List.of(head)).get(head)).ifPresent(where -> positions.put(companion, where));
    }

    /**
     * The families the moves of these characters concern, each once: those remembered, and for the others one read
     * of the store. A character's own family that was never stored stands as it was founded with the character.
     */
    private Collection<Family> audiencesOf(List<CharacterId> movers, Instant now) {
        Map<FamilyId, Family> concerned = new LinkedHashMap<>();
        Set<CharacterId> unknown = new LinkedHashSet<>();
        for (CharacterId mover : movers) {
            Audience known = audiences.get(mover);
            if (known != null && fresh(known.readAt(), now)) {
                known.families().forEach(family -> concerned.putIfAbsent(family.id(), family));
            } else {
                unknown.add(mover);
            }
        }
        if (unknown.isEmpty()) {
            return concerned.values();
        }
        Map<CharacterId, List<Family>> read = new LinkedHashMap<>();
        unknown.forEach(mover -> read.put(mover, new ArrayList<>()));
        for (Family family : families.findConcerning(unknown)) {
            Optional.ofNullable(read.get(family.owner())).ifPresent(heard -> heard.add(family));
            family.kinship().kin().forEach(kin -> Optional.ofNullable(read.get(kin))
                    .ifPresent(heard -> heard.add(family)));
        }
        read.forEach((mover, heard) -> {
            if (heard.stream().noneMatch(family -> family.owner().equals(mover))) {
                characters.findById(mover).ifPresent(character -> heard.add(lookup.of(character)));
            }
            audiences.put(mover, new Audience(List.copyOf(heard), now));
            heard.forEach(family -> concerned.putIfAbsent(family.id(), family));
        });
        return concerned.values();
    }

    /** Once a second, forgets quotas and audiences nobody used for a while, so the node's memory stays bounded. */
    private void sweep(Instant now) {
        if (fresh(lastSweep, now)) {
            return;
        }
        lastSweep = now;
        quotas.values().removeIf(quota -> quota.expiredAt(now));
        audiences.values().removeIf(audience -> !fresh(audience.readAt(), now));
        lastSent.values().removeIf(sent -> !fresh(sent.at(), now));
    }

    private static boolean fresh(Instant readAt, Instant now) {
        return !readAt.isAfter(now) && Duration.between(readAt, now).compareTo(AUDIENCE_LIFETIME) < 0;
    }
}
