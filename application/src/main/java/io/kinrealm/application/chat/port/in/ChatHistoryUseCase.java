package io.kinrealm.application.chat.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.List;

/** A member of a channel reads its history, newest first, a page at a time (at most 100 messages). */
public interface ChatHistoryUseCase {

    /**
     * @param beforeSeq only messages before this sequence number; 0 or less for the newest
     * @param limit     page size, 1 to 100 (50 when 0)
     */
    Outcome<List<ChatMessageView>> history(CharacterId reader, String channel, long beforeSeq, int limit);
}
