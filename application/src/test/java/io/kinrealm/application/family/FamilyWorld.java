package io.kinrealm.application.family;

import io.kinrealm.application.fakes.FakeCharacters;
import io.kinrealm.application.fakes.MutableClock;
import io.kinrealm.application.fakes.RecordingEventBus;
import io.kinrealm.application.fakes.SequentialIds;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.CharacterName;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.language.TextRenderer;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.util.List;

/** The three services over fakes, a clock that moves when told, and characters born with the default rules. */
final class FamilyWorld {
    final MutableClock clock = new MutableClock(TestCore.DAWN);
    final FakeCharacters characters = new FakeCharacters();
    final FakeFamilies families = new FakeFamilies();
    final FakeDevotions devotions = new FakeDevotions();
    final FakeTongues tongues = new FakeTongues();
    final RecordingEventBus bus = new RecordingEventBus();
    final RuleBook rules = RuleBook.defaults();
    final FakePositions positions = new FakePositions();
    final FamilyService family = FamilyService.over(families, characters, positions, bus, clock, rules);
    final FamilyTracking tracking = family.tracking();
    final DevotionService divine = new DevotionService(characters, devotions, families, bus, clock, rules);
    final LanguageService languages = new LanguageService(characters, tongues, families, bus, clock, rules,
            TextRenderer.defaults());
    private final SequentialIds ids = new SequentialIds();

    /** A character born now into the civilization, its family founded with it (and not yet in Families). */
    Character born(String name, String civilization) {
        Character.Birth birth = new Character.Birth(new CharacterId(ids.newId()), new FamilyId(ids.newId()),
                new AccountId(ids.newId()), new CharacterName(name), rules.civilizations().find(civilization)
                .orElseThrow());
        NewCharacter created = TestCore.done(Character.create(birth, 0, rules.characters(), rules.families(),
                clock.now()));
        characters.insert(created);
        return created.character();
    }

    /** The events published so far on a family's channel. */
    List<ChannelEvent> onChannelOf(Character character) {
        return bus.publishedOn(FamilyEventNames.channelOf(character.familyId()));
    }
}
