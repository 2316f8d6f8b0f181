package io.kinrealm.application.chat;

import io.kinrealm.application.chat.port.out.ChannelAccessPolicy;
import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.divine.DivineRules;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.Objects;
import java.util.Optional;

/**
 * The game's channel rules: anyone on {@code global} and public rooms; a family's channel for its owner; a
 * civilization's channel for those born into it; a direct channel for its two ends; a faction's channel for those
 * whose dominant faction it is (an Unaligned character is on none). Guild, party and combat channels open when those
 * capabilities arrive.
 */
public final class GameChannelAccess implements ChannelAccessPolicy {
    private final Devotions devotions;
    private final DivineRules rules;

    /** Judges faction channels by each character's stored devotion, or its birth devotion when it has none. */
    public GameChannelAccess(Devotions devotions, DivineRules rules) {
        this.devotions = Objects.requireNonNull(devotions, "devotions");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Judges faction channels by each character's birth devotion under the default divine rules. */
    public GameChannelAccess() {
        this(new BirthDevotionOnly(), DivineRules.defaults());
    }

    @Override
    public Outcome<ChannelName> mayJoin(Character character, ChannelName channel) {
        boolean allowed = switch (channel.kind()) {
            case GLOBAL, ROOM -> true;
            case FAMILY -> character.familyId().toString().equals(channel.subject());
            case CIV -> character.civilization().equals(channel.subject());
            case DM -> channel.isDirectBetween(character.id());
            case FACTION -> dominantFactionOf(character).equals(channel.subject());
            case GUILD, GUILD_OFFICERS, PARTY, COMBAT -> false;
        };
        return allowed ? Outcome.done(channel)
                : Outcome.rejected(Refusal.CHANNEL_FORBIDDEN, "You may not join " + channel + ".");
    }

    private String dominantFactionOf(Character character) {
        return rules.alignmentOf(devotions.find(character.id()).orElseGet(character::devotion)).id();
    }

    /** No stored devotion at all: every character stands where it was born. */
    private static final class BirthDevotionOnly implements Devotions {
        @Override
        public Optional<Devotion> find(CharacterId character) {
            return Optional.empty();
        }

        @Override
        public void save(CharacterId character, Devotion devotion) {
            throw new UnsupportedOperationException("channel access only reads devotion");
        }
    }
}
