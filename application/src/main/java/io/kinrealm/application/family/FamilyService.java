package io.kinrealm.application.family;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.in.AcceptKinUseCase;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.application.family.port.in.GiveGiftUseCase;
import io.kinrealm.application.family.port.in.GrantKinUseCase;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase;
import io.kinrealm.application.family.port.in.ReadFamilyPositionsUseCase;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase;
import io.kinrealm.application.family.port.in.RevokeKinUseCase;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.family.port.out.Positions;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.family.BondEvent;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.FamilyRules;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reading and tending families: gifts, kin, companion orders, and where the family's circle stands. Every change is saved and announced on the family
 * channel. A family that does not exist and one that is not the caller's are refused alike.
 */
public final class FamilyService implements ReadFamilyUseCase, GiveGiftUseCase, GrantKinUseCase, AcceptKinUseCase,
        RevokeKinUseCase, OrderCompanionUseCase, ReadFamilyPositionsUseCase {
    private final FamilyLookup lookup;
    private final Characters characters;
    private final FamilyChannel channel;
    private final GameClock clock;
    private final FamilyRules rules;
    private final FamilyTracking tracking;

    FamilyService(FamilyLookup lookup, Characters characters, EventBus bus, GameClock clock, FamilyRules rules,
                  FamilyTracking tracking) {
        this.lookup = lookup;
        this.characters = characters;
        this.channel = new FamilyChannel(bus);
        this.clock = clock;
        this.rules = rules;
        this.tracking = tracking;
    }

    /** The family services over their stores; family tracking included. */
    public static FamilyService over(Families families, Characters characters, Positions positions, EventBus bus,
                                     GameClock clock, RuleBook rules) {
        FamilyLookup lookup = new FamilyLookup(families, characters, rules.families());
        FamilyTracking tracking = new FamilyTracking(lookup, families, characters, positions, bus, clock,
                rules.map());
        return new FamilyService(lookup, characters, bus, clock, rules.families(), tracking);
    }

    /** Position reports and their batches, over the same stores. */
    FamilyTracking tracking() {
        return tracking;
    }

    @Override
    public Outcome<FamilyDetailsView> read(ReadFamily query) {
        Instant now = clock.now();
        return family(query.family(), query.reader(), family -> family.mayRead(query.reader()))
                .map(family -> FamilyViews.family(family, rules, now));
    }

    @Override
    public Outcome<FamilyPositionsView> positions(ReadFamilyPositions query) {
        return family(query.family(), query.reader(), family -> family.mayRead(query.reader()))
                .map(tracking::picture);
    }

    @Override
    public Outcome<FamilyDetailsView> give(GiveGift command) {
        Optional<Companion> companion = companion(command.companion());
        if (companion.isEmpty()) {
            return Outcome.invalid(List.of(unknownCompanion()));
        }
        Instant now = clock.now();
        return ownedBy(command.giver(), command.family())
                .map(family -> settle(family.apply(new BondEvent.GiftGiven(companion.get()), rules, now), now));
    }

    @Override
    public Outcome<FamilyDetailsView> grant(GrantKin command) {
        Instant now = clock.now();
        return ownedBy(command.by(), command.family()).flatMap(family -> {
            if (characters.findById(command.kin()).isEmpty()) {
                return Outcome.rejected(Refusal.CHARACTER_NOT_FOUND, "No character has this id.");
            }
            return family.grantKin(command.by(), command.kin(), rules, now);
        }).map(change -> settle(change, now));
    }

    @Override
    public Outcome<FamilyDetailsView> accept(AcceptKin command) {
        Instant now = clock.now();
        Outcome<Family> family = lookup.find(command.family(), command.kin()).map(Outcome::done)
                .orElseGet(() -> Outcome.rejected(Refusal.NOT_INVITED_AS_KIN,
                        "This family has not offered kin access to you."));
        return family.flatMap(found -> found.acceptKin(command.kin(), now)).map(change -> settle(change, now));
    }

    @Override
    public Outcome<FamilyDetailsView> revoke(RevokeKin command) {
        Instant now = clock.now();
        return ownedBy(command.by(), command.family())
                .flatMap(family -> family.revokeKin(command.by(), command.kin(), now))
                .map(change -> settle(change, now));
    }

    @Override
    public Outcome<FamilyDetailsView> order(OrderCompanion command) {
        Optional<Companion> companion = companion(command.companion());
        Optional<CompanionOrder> order = companionOrder(command.order());
        List<FieldProblem> problems = new ArrayList<>();
        companion.ifPresentOrElse(found -> { }, () -> problems.add(unknownCompanion()));
        order.ifPresentOrElse(found -> { }, () -> problems.add(
                new FieldProblem("order", "unknown", "Choose one of: follow, stay.")));
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        Instant now = clock.now();
        return ownedBy(command.by(), command.family())
                .flatMap(family -> family.order(command.by(), companion.get(), order.get(), now))
                .map(change -> settle(change, now));
    }

    private Outcome<Family> ownedBy(CharacterId by, FamilyId id) {
        return family(id, by, family -> family.owner().equals(by));
    }

    private Outcome<Family> family(FamilyId id, CharacterId actor, Predicate<Family> allowed) {
        return lookup.find(id, actor).filter(allowed).<Outcome<Family>>map(Outcome::done)
                .orElseGet(() -> Outcome.rejected(Refusal.NOT_YOUR_FAMILY,
                        "This family is not yours, or does not exist."));
    }

    private FamilyDetailsView settle(Family.Change change, Instant now) {
        lookup.save(change.family());
        channel.publish(change);
        tracking.follow(change);
        return FamilyViews.family(change.family(), rules, now);
    }

    private static FieldProblem unknownCompanion() {
        return new FieldProblem("companion", "unknown", "Choose one of: ashnar, iril.");
    }

    private static Optional<Companion> companion(String id) {
        return Arrays.stream(Companion.values()).filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<CompanionOrder> companionOrder(String id) {
        return Arrays.stream(CompanionOrder.values()).filter(o -> o.id().equals(id)).findFirst();
    }
}
