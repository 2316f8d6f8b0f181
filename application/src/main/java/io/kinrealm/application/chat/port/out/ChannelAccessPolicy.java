package io.kinrealm.application.chat.port.out;

import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.shared.Outcome;

/**
 * Who may join, read and write which channel. The core's default follows the game rules; a server may replace it.
 * Each capability (guilds, parties, combat ...) widens it as it arrives.
 */
public interface ChannelAccessPolicy {

    /** The channel when the character may be on it; channel_forbidden otherwise. */
    Outcome<ChannelName> mayJoin(Character character, ChannelName channel);
}
