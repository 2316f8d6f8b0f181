package io.kinrealm.application.chat.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;

/**
 * A character coming back after a dropped connection asks for what it missed on a channel since the last message it
 * saw. When the store still holds all of it (and it is not too much), it gets every message in order; otherwise it
 * is told the channel was not recovered and should reload its history.
 */
public interface CatchUpUseCase {

    Outcome<CatchUp> catchUp(CharacterId character, String channel, long lastSeenSeq);

    /**
     * @param recovered whether {@code missed} is everything after {@code lastSeenSeq}
     * @param lastSeq   the channel's last sequence number now
     */
    record CatchUp(String channel, boolean recovered, List<ChatMessageView> missed, long lastSeq) {
        public CatchUp {
            missed = List.copyOf(missed);
        }
    }
}
