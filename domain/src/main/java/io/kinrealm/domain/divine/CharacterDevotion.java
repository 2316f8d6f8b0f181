package io.kinrealm.domain.divine;

import io.kinrealm.domain.divine.DivineEvent.AlignmentShifted;
import io.kinrealm.domain.divine.DivineEvent.DevotionGained;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A character's devotion to the three factions, the aggregate that decides what a deed does to it. Devotion only
 * grows: every recorded deed earns points from the catalog, and the shares, the dominant faction and the devout flag
 * follow from the points (see {@link DivineRules#alignmentOf}).
 *
 * <p>Recording a deed always raises {@link DevotionGained}; it raises {@link AlignmentShifted} as well when the deed
 * changes the dominant faction, including to or from Unaligned.
 */
public final class CharacterDevotion {
    private final CharacterId characterId;
    private final Devotion devotion;

    private CharacterDevotion(CharacterId characterId, Devotion devotion) {
        this.characterId = Objects.requireNonNull(characterId, "character id");
        this.devotion = Objects.requireNonNull(devotion, "devotion");
    }

    /** The devotion of a character as it stands, for a new character its civilization's starting devotion. */
    public static CharacterDevotion of(CharacterId characterId, Devotion devotion) {
        return new CharacterDevotion(characterId, devotion);
    }

    /** What recording a deed produced: the character's new devotion, the deed and the events announcing it. */
    public record DeedRecorded(CharacterDevotion after, Deed deed, List<DivineEvent> events) {
        public DeedRecorded {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(deed, "deed");
            events = List.copyOf(events);
        }

        public Devotion devotion() {
            return after.devotion();
        }
    }

    /** Records the deed called {@code deedId}; refused with {@code unknown_deed} when the catalog has no such deed. */
    public Outcome<DeedRecorded> recordDeed(String deedId, DivineRules rules, Instant now) {
        Objects.requireNonNull(now, "now");
        return rules.deeds().find(deedId).map(deed -> record(deed, rules, now));
    }

    private DeedRecorded record(Deed deed, DivineRules rules, Instant now) {
        Devotion next = devotion.plus(deed);
        List<DivineEvent> events = new ArrayList<>();
        events.add(new DevotionGained(characterId, deed.id(), deed.points(), next, now));
        Alignment before = rules.alignmentOf(devotion);
        Alignment after = rules.alignmentOf(next);
        if (before.hasOtherDominantThan(after)) {
            events.add(new AlignmentShifted(characterId, before, after, now));
        }
        return new DeedRecorded(new CharacterDevotion(characterId, next), deed, events);
    }

    /** Where the character stands with the gods under {@code rules}. */
    public Alignment alignment(DivineRules rules) {
        return rules.alignmentOf(devotion);
    }

    public Shares shares() {
        return Shares.of(devotion);
    }

    public CharacterId characterId() {
        return characterId;
    }

    public Devotion devotion() {
        return devotion;
    }
}
