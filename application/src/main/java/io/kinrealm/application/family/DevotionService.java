package io.kinrealm.application.family;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.in.AlignmentView;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase;
import io.kinrealm.application.family.port.in.RecordDeedUseCase;
import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.divine.CharacterDevotion;
import io.kinrealm.domain.divine.DivineEvent;
import io.kinrealm.domain.family.BondEvent;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.time.Instant;

/**
 * Deeds and divine alignment: recording a deed earns devotion, strains the bonds of a companion who opposes the
 * deed's faction, and announces a shift of the dominant faction on the doer's family channel and on the internal
 * access channel ({@code access.changed}), so that gateways can drop the doer from a faction channel that is
 * no longer its own.
 */
public final class DevotionService implements RecordDeedUseCase, ReadAlignmentUseCase {
    private final Characters characters;
    private final Devotions devotions;
    private final FamilyLookup families;
    private final FamilyChannel channel;
    private final GameClock clock;
    private final RuleBook rules;

    public DevotionService(Characters characters, Devotions devotions, Families families, EventBus bus,
                           GameClock clock, RuleBook rules) {
        this.characters = characters;
        this.devotions = devotions;
        this.families = new FamilyLookup(families, characters, rules.families());
        this.channel = new FamilyChannel(bus);
        this.clock = clock;
        this.rules = rules;
    }

    @Override
    public Outcome<AlignmentView> record(RecordDeed command) {
        Instant now = clock.now();
        return character(command.character())
                .flatMap(character -> devotionOf(character).recordDeed(command.deed(), rules.divine(), now)
                        .map(recorded -> settle(character, recorded, now)));
    }

    @Override
    public Outcome<AlignmentView> read(ReadAlignment query) {
        return character(query.character()).map(character -> view(devotionOf(character)));
    }

    private AlignmentView settle(Character character, CharacterDevotion.DeedRecorded recorded, Instant now) {
        devotions.save(character.id(), recorded.devotion());
        Family family = families.of(character);
        Family.Change strained = family.apply(new BondEvent.ConflictingDeed(recorded.deed().primaryFaction()),
                rules.families(), now);
        families.save(strained.family());
        channel.publish(strained);
        for (DivineEvent event : recorded.events()) {
            if (event instanceof DivineEvent.AlignmentShifted shift) {
                channel.publish(family.id(), shift);
            }
        }
        return view(recorded.after());
    }

    private CharacterDevotion devotionOf(Character character) {
        return CharacterDevotion.of(character.id(),
                devotions.find(character.id()).orElseGet(character::devotion));
    }

    private AlignmentView view(CharacterDevotion devotion) {
        return FamilyViews.alignment(devotion.characterId(), devotion.devotion(), devotion.alignment(rules.divine()));
    }

    private Outcome<Character> character(CharacterId id) {
        return characters.findById(id).<Outcome<Character>>map(Outcome::done)
                .orElseGet(() -> Outcome.rejected(Refusal.CHARACTER_NOT_FOUND, "No character has this id."));
    }
}
