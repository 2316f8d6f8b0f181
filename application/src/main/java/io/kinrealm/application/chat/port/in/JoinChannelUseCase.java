package io.kinrealm.application.chat.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/** A character joins a channel, if the access policy lets it; the answer says where the channel's sequence stands. */
public interface JoinChannelUseCase {

    Outcome<JoinedChannel> join(CharacterId character, String channel);

    /** @param lastSeq the sequence number of the channel's last message, 0 when it has none */
    record JoinedChannel(String channel, long lastSeq) {
    }
}
