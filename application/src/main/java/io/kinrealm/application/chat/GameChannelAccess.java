package io.kinrealm.application.chat;

import io.kinrealm.application.chat.port.out.ChannelAccessPolicy;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;

/**
 * The game's channel rules: anyone on {@code global} and public rooms; a family's channel for its owner; a
 * civilization's channel for those born into it; a direct channel for its two ends. Guild, party, faction and combat
 * channels open when those capabilities arrive.
 */
public final class GameChannelAccess implements ChannelAccessPolicy {

    @Override
    public Outcome<ChannelName> mayJoin(Character character, ChannelName channel) {
        boolean allowed = switch (channel.kind()) {
            case GLOBAL, ROOM -> true;
            case FAMILY -> character.familyId().toString().equals(channel.subject());
            case CIV -> character.civilization().equals(channel.subject());
            case DM -> channel.isDirectBetween(character.id());
            case GUILD, GUILD_OFFICERS, PARTY, FACTION, COMBAT -> false;
        };
        return allowed ? Outcome.done(channel)
                : Outcome.rejected(Refusal.CHANNEL_FORBIDDEN, "You may not join " + channel + ".");
    }
}
