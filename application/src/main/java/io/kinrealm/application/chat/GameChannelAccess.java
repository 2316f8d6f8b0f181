package io.kinrealm.application.chat;

import io.kinrealm.application.chat.port.out.ChannelAccessPolicy;
import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.divine.DivineRules;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The game's channel rules: anyone on {@code global} and public rooms; a family's channel for its owner and its
 * accepted kin (invited characters wait until they accept); a civilization's channel for those born into it; a
 * direct channel for its two ends; a faction's channel for those whose dominant faction it is (an Unaligned character
 * is on none). Guild, party and combat channels open when those capabilities arrive.
 */
public final class GameChannelAccess implements ChannelAccessPolicy {
    private final Families families;
    private final Devotions devotions;
    private final DivineRules rules;

    /**
     * Opens a family's channel to its owner and accepted kin, as {@code families} stores them; judges faction
     * channels by each character's stored devotion, or its birth devotion when it has none.
     */
    public GameChannelAccess(Families families, Devotions devotions, DivineRules rules) {
        this.families = Objects.requireNonNull(families, "families");
        this.devotions = Objects.requireNonNull(devotions, "devotions");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Opens a family's channel to its owner only; judges faction channels as the three-argument constructor. */
    public GameChannelAccess(Devotions devotions, DivineRules rules) {
        this(new NoFamilies(), devotions, rules);
    }

    /** Judges faction channels by each character's birth devotion under the default divine rules. */
    public GameChannelAccess() {
        this(Devotions.none(), DivineRules.defaults());
    }

    @Override
    public Outcome<ChannelName> mayJoin(Character character, ChannelName channel) {
        boolean allowed = switch (channel.kind()) {
            case GLOBAL, ROOM -> true;
            case FAMILY -> mayReadFamily(character, channel.subject());
            case CIV -> character.civilization().equals(channel.subject());
            case DM -> channel.isDirectBetween(character.id());
            case FACTION -> dominantFactionOf(character).equals(channel.subject());
            case GUILD, GUILD_OFFICERS, PARTY, COMBAT -> false;
        };
        return allowed ? Outcome.done(channel)
                : Outcome.rejected(Refusal.CHANNEL_FORBIDDEN, "You may not join " + channel + ".");
    }

    private boolean mayReadFamily(Character character, String familyId) {
        if (character.familyId().toString().equals(familyId)) {
            return true;
        }
        return FamilyId.parse(familyId).flatMap(families::findById)
                .map(family -> family.mayRead(character.id())).orElse(false);
    }

    private String dominantFactionOf(Character character) {
        return rules.alignmentOf(devotions.find(character.id()).orElseGet(character::devotion)).id();
    }

    /** No stored family at all: a family's channel is its owner's alone. */
    private static final class NoFamilies implements Families {
        @Override
        public Optional<Family> findById(FamilyId id) {
            return Optional.empty();
        }

        @Override
        public Optional<Family> findByOwner(CharacterId owner) {
            return Optional.empty();
        }

        @Override
        public List<Family> findByKin(CharacterId kin) {
            return List.of();
        }

        @Override
        public void save(Family family) {
            throw new UnsupportedOperationException("channel access only reads families");
        }
    }
}
